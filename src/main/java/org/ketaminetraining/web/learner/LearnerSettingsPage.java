package org.ketaminetraining.web.learner;

import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.wicket.authroles.authorization.strategies.role.annotations.AuthorizeInstantiation;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.form.CheckBox;
import org.apache.wicket.markup.html.form.ChoiceRenderer;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.Form;
import org.ketaminetraining.compliance.service.mail.MailPreferences;
import org.ketaminetraining.people.service.SignedInUser;
import org.apache.wicket.markup.html.form.NumberTextField;
import org.apache.wicket.model.Model;
import org.ketaminetraining.people.ValidationException;
import org.ketaminetraining.study.service.LearnerSettings;
import org.ketaminetraining.study.service.ProgrammeChoice;
import org.ketaminetraining.study.service.StudyService;
import org.ketaminetraining.web.component.FieldErrors;
import org.ketaminetraining.web.component.FieldMessages;
import org.ketaminetraining.web.layout.AppSession;
import org.ketaminetraining.web.layout.BasePage;

/**
 * A trainee's own study settings: new questions per day, time zone (which decides when their study day ends),
 * single-key shortcuts, and the programme when there is more than one. The service validates and saves; its
 * refusals appear next to the fields they name.
 */
@AuthorizeInstantiation("TRAINEE")
public class LearnerSettingsPage extends BasePage {

    private static final long serialVersionUID = 1L;

    @Inject
    private MailPreferences mail;
    @Inject
    private StudyService study;

    public LearnerSettingsPage() {
        LearnerSettings current = study.settings(accountId());
        List<ProgrammeChoice> programmes = study.programmes();

        NumberTextField<Integer> newItems = new NumberTextField<>("newItemsPerDay",
                Model.of(current.newItemsPerDay()), Integer.class);
        newItems.setMinimum(0).setMaximum(LearnerSettings.MAX_NEW_ITEMS_PER_DAY).setRequired(true)
                .setLabel(Model.of(getString("newItemsPerDay")));
        DropDownChoice<String> timeZone = new DropDownChoice<>("timeZone", Model.of(current.timeZone().getId()),
                zones(current.timeZone()), new ChoiceRenderer<>() {
                    private static final long serialVersionUID = 1L;

                    @Override
                    public String getIdValue(String zone, int index) {
                        return zone;
                    }
                });
        timeZone.setRequired(true).setLabel(Model.of(getString("timeZone")));
        CheckBox shortcuts = new CheckBox("keyboardShortcuts", Model.of(current.keyboardShortcuts()));
        Map<String, String> titles = programmes.stream()
                .collect(Collectors.toMap(ProgrammeChoice::id, ProgrammeChoice::title, (a, b) -> a));
        DropDownChoice<String> programme = new DropDownChoice<>("programmeId", Model.of(current.programmeId()),
                programmes.stream().map(ProgrammeChoice::id).toList(), new ChoiceRenderer<>() {
                    private static final long serialVersionUID = 1L;

                    @Override
                    public Object getDisplayValue(String id) {
                        return titles.getOrDefault(id, id);
                    }

                    @Override
                    public String getIdValue(String id, int index) {
                        return id;
                    }
                });
        programme.setRequired(true).setLabel(Model.of(getString("programmeId")));
        CheckBox optionalMails = new CheckBox("optionalMails", Model.of(mail.optionalMails(caller())));

        Form<Void> form = new Form<>("form") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onSubmit() {
                try {
                    study.saveSettings(accountId(), new LearnerSettings(newItems.getModelObject(),
                            ZoneId.of(timeZone.getModelObject()), Boolean.TRUE.equals(shortcuts.getModelObject()),
                            programme.getModelObject()));
                    mail.setOptionalMails(caller(), Boolean.TRUE.equals(optionalMails.getModelObject()));
                    getSession().success(getString("saved"));
                    setResponsePage(LearnerSettingsPage.class);
                } catch (ValidationException refusal) {
                    FieldErrors.show(this, refusal);
                }
            }
        };
        form.add(FieldMessages.attachTo(newItems, "newItemsPerDay-hint"),
                new FieldMessages("newItemsPerDayErrors", newItems));
        form.add(FieldMessages.attachTo(timeZone, "timeZone-hint"), new FieldMessages("timeZoneErrors", timeZone));
        form.add(FieldMessages.attachTo(shortcuts, "keyboardShortcuts-hint"),
                new FieldMessages("keyboardShortcutsErrors", shortcuts));
        form.add(FieldMessages.attachTo(optionalMails, "optionalMails-hint"),
                new FieldMessages("optionalMailsErrors", optionalMails));
        WebMarkupContainer programmeGroup = new WebMarkupContainer("programme");
        // With one programme there is nothing to choose; its id still travels with the settings.
        programmeGroup.setVisible(programmes.size() > 1);
        programmeGroup.add(FieldMessages.attachTo(programme, null), new FieldMessages("programmeIdErrors", programme));
        form.add(programmeGroup);
        add(form);
    }

    /** Every zone the platform knows, sorted, plus the learner's own when it is an offset outside that list. */
    private static List<String> zones(ZoneId current) {
        List<String> zones = new ArrayList<>(ZoneId.getAvailableZoneIds());
        if (!zones.contains(current.getId())) {
            zones.add(current.getId());
        }
        zones.sort(String::compareTo);
        return zones;
    }

    private static SignedInUser caller() {
        return AppSession.get().user().orElseThrow();
    }

    private static long accountId() {
        return AppSession.get().user().orElseThrow().accountId();
    }
}
