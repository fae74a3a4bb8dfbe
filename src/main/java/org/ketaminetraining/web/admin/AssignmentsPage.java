package org.ketaminetraining.web.admin;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.wicket.authroles.authorization.strategies.role.annotations.AuthorizeInstantiation;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.ChoiceRenderer;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.FormComponent;
import org.apache.wicket.markup.html.form.IChoiceRenderer;
import org.apache.wicket.markup.html.form.RadioChoice;
import org.apache.wicket.markup.html.form.TextArea;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.model.StringResourceModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.apache.wicket.validation.validator.StringValidator;
import org.ketaminetraining.compliance.DueSchedule;
import org.ketaminetraining.compliance.service.AssignmentService;
import org.ketaminetraining.compliance.service.AssignmentService.ProgrammeChoice;
import org.ketaminetraining.compliance.service.AssignmentView;
import org.ketaminetraining.compliance.service.NewAssignment;
import org.ketaminetraining.compliance.service.ScheduleInput;
import org.ketaminetraining.people.Role;
import org.ketaminetraining.people.ValidationException;
import org.ketaminetraining.people.service.AccountService;
import org.ketaminetraining.people.service.DepartmentView;
import org.ketaminetraining.web.component.FieldErrors;
import org.ketaminetraining.web.component.FieldMessages;
import org.ketaminetraining.web.layout.AppSession;
import org.ketaminetraining.web.layout.BasePage;
import org.ketaminetraining.web.layout.Site;

/**
 * Assignments: who must complete which programme by when. Administrators see every assignment, create them and
 * end them (after a confirmation, {@code ?end=ID}); managers see, read-only, those touching the departments they
 * manage, counting only their people. The service decides what each sees.
 */
@AuthorizeInstantiation({"ADMIN", "MANAGER"})
public class AssignmentsPage extends BasePage {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    /** Bounds what the named-people box accepts before it is parsed: 200 usernames of 64 characters and commas. */
    static final int MAX_USERNAMES_TEXT = 13_200;

    @Inject
    private AssignmentService assignments;
    @Inject
    private AccountService accounts;

    public AssignmentsPage(PageParameters parameters) {
        super(parameters);
        boolean admin = AppSession.get().caller().has(Role.ADMIN);
        LoadableDetachableModel<List<AssignmentView>> rows = LoadableDetachableModel.of(
                () -> assignments.list(AppSession.get().caller()));
        add(new Label("intro", getString(admin ? "intro.admin" : "intro.manager")));
        add(new Label("none", getString("none")) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(rows.getObject().isEmpty());
            }
        });
        WebMarkupContainer table = new WebMarkupContainer("table") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(!rows.getObject().isEmpty());
            }
        };
        table.add(new WebMarkupContainer("actionHeading").setVisible(admin));
        table.add(new ListView<>("rows", rows) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<AssignmentView> item) {
                AssignmentView a = item.getModelObject();
                item.add(new Label("programme", a.programmeTitle()), new Label("appliesTo", a.appliesTo()),
                        new Label("schedule", ScheduleInput.inWords(a.schedule())),
                        new Label("people", a.openPeople()),
                        new Label("status", a.endedAt().map(at -> new StringResourceModel("status.ended",
                                AssignmentsPage.this).setParameters(
                                        DAY.format(at.atZone(Site.get()
                                                .organisationZone()).toLocalDate()))
                                .getString())
                                .orElse(getString("status.active"))));
                WebMarkupContainer action = new WebMarkupContainer("action");
                action.setVisible(admin);
                BookmarkablePageLink<Void> end = new BookmarkablePageLink<>("end", AssignmentsPage.class,
                        new PageParameters().add("end", a.id()));
                end.add(new Label("endLabel", new StringResourceModel("end.what", AssignmentsPage.this)
                        .setParameters(a.programmeTitle(), a.appliesTo())));
                end.setVisible(!a.ended());
                action.add(end);
                item.add(action);
            }
        });
        add(table);
        long ending = parameters.get("end").toLong(-1);
        add(confirmation(admin, ending, rows));
        add(createForm(admin));
    }

    private WebMarkupContainer confirmation(boolean admin, long ending,
            LoadableDetachableModel<List<AssignmentView>> rows) {
        Optional<AssignmentView> target = admin ? rows.getObject().stream().filter(a -> a.id() == ending
                && !a.ended()).findFirst() : Optional.empty();
        Form<Void> confirm = new Form<>("confirmEnd") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onSubmit() {
                try {
                    assignments.end(AppSession.get().caller(), ending);
                    getSession().success(getString("ended"));
                } catch (ValidationException refusal) {
                    refusal.messagesByField().values().forEach(getSession()::error);
                }
                setResponsePage(AssignmentsPage.class);
            }
        };
        confirm.setVisible(target.isPresent());
        confirm.add(new Label("question", target.map(a -> new StringResourceModel("end.question", this)
                .setParameters(a.programmeTitle(), a.appliesTo(), a.openPeople()).getString()).orElse("")));
        confirm.add(new BookmarkablePageLink<>("cancel", AssignmentsPage.class));
        return confirm;
    }

    private Form<Void> createForm(boolean admin) {
        List<ProgrammeChoice> programmes = admin ? assignments.programmes(AppSession.get().caller()) : List.of();
        List<String> departmentCodes = admin ? accounts.departments(AppSession.get().caller()).stream()
                .map(DepartmentView::code).toList() : List.of();
        DropDownChoice<String> programme = new DropDownChoice<>("programme", Model.of(programmes.isEmpty() ? null
                : programmes.get(0).id()), programmes.stream().map(ProgrammeChoice::id).toList(),
                new ChoiceRenderer<>() {
                    private static final long serialVersionUID = 1L;

                    @Override
                    public Object getDisplayValue(String id) {
                        return programmes.stream().filter(p -> p.id().equals(id)).map(ProgrammeChoice::title)
                                .findFirst().orElse(id);
                    }

                    @Override
                    public String getIdValue(String id, int index) {
                        return id;
                    }
                });
        programme.setRequired(true).setLabel(Model.of(getString("programme")));
        DropDownChoice<Role> role = new DropDownChoice<>("role", Model.of(Role.TRAINEE),
                Arrays.asList(Role.values()), new IChoiceRenderer<>() {
                    private static final long serialVersionUID = 1L;

                    @Override
                    public Object getDisplayValue(Role r) {
                        return getString("role." + r.name());
                    }

                    @Override
                    public String getIdValue(Role r, int index) {
                        return r.name();
                    }
                });
        role.setNullValid(true).setLabel(Model.of(getString("role")));
        DropDownChoice<String> department = new DropDownChoice<>("department", Model.of((String) null),
                departmentCodes);
        department.setNullValid(true).setLabel(Model.of(getString("department")));
        TextArea<String> usernames = new TextArea<>("usernames", Model.of(""));
        usernames.setLabel(Model.of(getString("usernames"))).add(StringValidator.maximumLength(MAX_USERNAMES_TEXT));
        RadioChoice<ScheduleInput.Kind> kind =
                new RadioChoice<>("scheduleKind", Model.of(ScheduleInput.Kind.FIXED_DATE),
                        Arrays.asList(ScheduleInput.Kind.values()), new IChoiceRenderer<>() {
                            private static final long serialVersionUID = 1L;

                            @Override
                            public Object getDisplayValue(ScheduleInput.Kind k) {
                                return getString("kind." + k.name());
                            }

                            @Override
                            public String getIdValue(ScheduleInput.Kind k, int index) {
                                return k.name();
                            }
                        });
        kind.setRequired(true).setLabel(Model.of(getString("scheduleKind")));
        TextField<String> date = new TextField<>("date", Model.of("")) {
            private static final long serialVersionUID = 1L;

            /** The browser's date picker; the value arrives as yyyy-mm-dd, parsed and bounded on submit. */
            @Override
            protected String[] getInputTypes() {
                return new String[]{"date"};
            }
        };
        date.setLabel(Model.of(getString("date"))).add(StringValidator.maximumLength(10));
        TextField<String> days = new TextField<>("days", Model.of(""));
        days.setLabel(Model.of(getString("days"))).add(StringValidator.maximumLength(5));
        RadioChoice<DueSchedule.Anchor> anchor = new RadioChoice<>("anchor", Model.of(DueSchedule.Anchor.EXPIRY),
                Arrays.asList(DueSchedule.Anchor.values()), new IChoiceRenderer<>() {
                    private static final long serialVersionUID = 1L;

                    @Override
                    public Object getDisplayValue(DueSchedule.Anchor a) {
                        return getString("anchor." + a.name());
                    }

                    @Override
                    public String getIdValue(DueSchedule.Anchor a, int index) {
                        return a.name();
                    }
                });
        anchor.setLabel(Model.of(getString("anchor")));
        Form<Void> form = new Form<>("form") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onSubmit() {
                try {
                    DueSchedule schedule = ScheduleInput.schedule(kind.getModelObject(), parseDate(date
                            .getModelObject()), parseDays(days.getModelObject()), Optional.ofNullable(
                                    anchor
                                            .getModelObject()));
                    assignments.create(AppSession.get().caller(), new NewAssignment(programme.getModelObject(),
                            Optional.ofNullable(role.getModelObject()), Optional.ofNullable(department
                                    .getModelObject()),
                            splitUsernames(usernames.getModelObject()), schedule));
                    getSession().success(getString("created"));
                    setResponsePage(AssignmentsPage.class);
                } catch (ValidationException refusal) {
                    FieldErrors.show(this, refusal);
                }
            }
        };
        form.setVisible(admin);
        for (FormComponent<?> field : new FormComponent<?>[]{programme, role, department, usernames, kind, date,
            days, anchor}) {
            form.add(FieldMessages.attachTo(field, field.getId() + "-hint"),
                    new FieldMessages(field.getId() + "Errors", field));
        }
        return form;
    }

    /** A date as the browser's date input sends it (yyyy-mm-dd); empty when none was given. */
    static Optional<LocalDate> parseDate(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException notADate) {
            throw ValidationException.of("date", "Enter the date as year-month-day, for example 2027-03-31.");
        }
    }

    static Optional<Integer> parseDays(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String digits = text.strip();
        if (!digits.matches("[0-9]{1,5}")) {
            throw ValidationException.of("days", "Enter a whole number of days, 0 to " + DueSchedule.MAX_DAYS
                    + ".");
        }
        return Optional.of(Integer.parseInt(digits));
    }

    /** Usernames separated by commas, spaces or lines. */
    static List<String> splitUsernames(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
    }
}
