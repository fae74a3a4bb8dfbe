package org.ketaminetraining.web.learner;

import org.apache.wicket.model.StringResourceModel;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.wicket.AttributeModifier;
import org.apache.wicket.authroles.authorization.strategies.role.annotations.AuthorizeInstantiation;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.LoadableDetachableModel;
import java.util.List;
import org.ketaminetraining.compliance.Due;
import org.ketaminetraining.compliance.service.AssignmentReader;
import org.ketaminetraining.compliance.service.PersonAssignment;
import org.ketaminetraining.people.service.SignedInUser;
import org.ketaminetraining.study.NewQuestionsToday;
import org.ketaminetraining.study.PredictedRecall;
import org.ketaminetraining.study.service.Dashboard.DayForecast;
import org.ketaminetraining.study.service.Dashboard.ModuleProgress;
import org.ketaminetraining.study.service.Dashboard;
import org.ketaminetraining.study.service.StudyOutlook;
import org.ketaminetraining.study.service.StudyService;
import org.ketaminetraining.web.layout.AppSession;
import org.ketaminetraining.web.layout.BasePage;
import org.ketaminetraining.web.layout.Destination;
import org.ketaminetraining.web.layout.Site;

/**
 * A trainee's home: what is due now, the way into studying, progress per module, the reviews coming in the next
 * seven days and how far they are from the final assessment. Every figure comes from the service.
 */
@AuthorizeInstantiation("TRAINEE")
public class DashboardPage extends BasePage {

    private static final long serialVersionUID = 1L;
    /** The interface is in English; day names match it. */
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);
    private static final DateTimeFormatter DUE_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    @Inject
    private StudyService study;
    @Inject
    private AssignmentReader assignmentReader;

    private final LoadableDetachableModel<Dashboard> dashboard =
            LoadableDetachableModel.of(() -> study.dashboard(AppSession.get().user().orElseThrow().accountId()));

    public DashboardPage() {
        setDefaultModel(dashboard);
        add(new Label("programme", () -> dashboard().programmeTitle()));
        add(new Label("dueNow", () -> outlook().due().now()));
        add(new Label("dueLaterToday", () -> outlook().due().laterToday()));
        add(new Label("dueLaterTodayHint", () -> text("dueLaterToday.hint",
                StudyTimes.time(outlook().nextStudyDay(), outlook().zone()))));
        add(new Label("newToday", () -> outlook().newQuestions().left()));
        add(new Label("newTodayHint", this::newTodayHint));
        add(new Label("streak", () -> dashboard().streakDays()));
        add(new BookmarkablePageLink<>("start", StudyPage.class));
        add(new Label("nothingDue", this::nothingDue) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(!outlook().hasWork());
            }
        });
        add(modules());
        add(new Label("recallHint", new StringResourceModel("recall.hint", this)
                .setParameters(PredictedRecall.MINIMUM_STUDIED)));
        add(forecast());
        add(certification());
        add(assignments());
    }

    /** "Your assignments": what the organisation requires of the trainee and by when, in words. */
    private WebMarkupContainer assignments() {
        LoadableDetachableModel<List<PersonAssignment>> open = LoadableDetachableModel.of(() -> {
            SignedInUser caller = AppSession.get().caller();
            return assignmentReader.assignmentsOf(caller, caller.accountId()).stream().filter(PersonAssignment::open)
                    .toList();
        });
        WebMarkupContainer section = new WebMarkupContainer("assignments") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(!open.getObject().isEmpty());
            }
        };
        section.add(new ListView<>("assignmentRows", open) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<PersonAssignment> item) {
                PersonAssignment a = item.getModelObject();
                item.add(new Label("assignmentProgramme", a.programmeTitle()));
                item.add(new Label("assignmentDue", a.due().dueOn().map(DUE_DAY::format).orElse("")));
                item.add(new Label("assignmentState", dueInWords(a.due())));
            }
        });
        return section;
    }

    /** "Complete", "Due today", "Due in 12 days", "Overdue by 3 days": in words, never by colour alone. */
    private String dueInWords(Due due) {
        long days = due.daysLeft().orElse(0L);
        return switch (due.state()) {
            case MET -> getString("assignment.met");
            case OVERDUE -> text(days == -1 ? "assignment.overdue.one" : "assignment.overdue", -days);
            case NOT_ASSIGNED -> "";
            default -> days == 0 ? getString("assignment.today")
                    : text(days == 1 ? "assignment.in.one" : "assignment.in", days);
        };
    }

    private Dashboard dashboard() {
        return dashboard.getObject();
    }

    private StudyOutlook outlook() {
        return dashboard().outlook();
    }

    /** The daily limit behind "New questions left today", which all the learner's programmes share. */
    private String newTodayHint() {
        NewQuestionsToday fresh = outlook().newQuestions();
        String hint = text("newToday.hint", fresh.perDay(), fresh.startedToday());
        return fresh.startedInOtherProgrammes() == 0 ? hint
                : hint + " " + text("newToday.elsewhere", fresh.startedInOtherProgrammes());
    }

    private String nothingDue() {
        Dashboard d = dashboard();
        StudyOutlook outlook = d.outlook();
        String due;
        if (outlook.due().laterToday() > 0 && outlook.nextDue().isPresent()) {
            due = text("nothingDue.laterToday", outlook.due().laterToday(),
                    StudyTimes.when(this, outlook.nextDue().get(), outlook.asOf(), outlook.zone()));
        } else {
            due = d.nextSevenDays().stream().filter(f -> f.due() > 0).findFirst().map(f -> {
                String key = f.day().equals(d.today().plusDays(1)) ? "nothingDue.tomorrow" : "nothingDue.on";
                return text(key, DAY.format(f.day()), f.due());
            }).orElse(getString("nothingDue.week"));
        }
        NewQuestionsToday fresh = outlook.newQuestions();
        if (fresh.limitReached()) {
            return due + " " + text(fresh.perDay() == 0 ? "nothingDue.noNewAllowed" : "nothingDue.limit",
                    fresh.perDay());
        }
        return fresh.notStarted() == 0 ? due + " " + getString("nothingDue.allStarted") : due;
    }

    private String dayName(LocalDate day, LocalDate today) {
        if (day.equals(today)) {
            return getString("today");
        }
        return day.equals(today.plusDays(1)) ? getString("tomorrow") : DAY.format(day);
    }

    private ListView<ModuleProgress> modules() {
        return new ListView<>("modules", () -> dashboard().modules()) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<ModuleProgress> item) {
                ModuleProgress m = item.getModelObject();
                String learned = percent(m.learnedShare());
                item.add(new Label("title", m.title()), new Label("items", m.items()));
                item.add(new Label("learnedText", text("learned.text", m.learned(), m.items(), learned)));
                WebMarkupContainer bar = new WebMarkupContainer("learnedBar");
                bar.add(AttributeModifier.replace("value", m.learned()),
                        AttributeModifier.replace("max", Math.max(1, m.items())),
                        AttributeModifier.replace("aria-label", text("learned.bar", m.title(), learned)));
                item.add(bar);
                item.add(new Label("recall", recall(m.recall())));
            }
        };
    }

    private WebMarkupContainer forecast() {
        WebMarkupContainer table = new WebMarkupContainer("forecast");
        table.add(new ListView<DayForecast>("days", () -> dashboard().nextSevenDays()) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<DayForecast> item) {
                DayForecast f = item.getModelObject();
                int most = dashboard().nextSevenDays().stream().mapToInt(DayForecast::due).max().orElse(0);
                item.add(new Label("day", dayName(f.day(), dashboard().today())));
                item.add(new Label("due", f.due()));
                WebMarkupContainer bar = new WebMarkupContainer("bar");
                bar.add(AttributeModifier.replace("value", f.due()), AttributeModifier.replace("max",
                        Math.max(1, most)));
                item.add(bar);
            }
        });
        return table;
    }

    private WebMarkupContainer certification() {
        WebMarkupContainer section = new WebMarkupContainer("certification");
        section.add(new Label("modulesComplete", () -> text("cert.modules",
                dashboard().certification().completeModules(), dashboard().certification().requiredModules())));
        section.add(new Label("itemsLearned", () -> text("cert.items", dashboard().certification().learnedItems(),
                dashboard().certification().items(), percent(dashboard().certification().learnedShare()))));
        WebMarkupContainer bar = new WebMarkupContainer("certBar");
        bar.add(AttributeModifier.replace("value", () -> dashboard().certification().learnedItems()),
                AttributeModifier.replace("max", () -> Math.max(1, dashboard().certification().items())));
        section.add(bar);
        section.add(new Label("assessment", () -> getString(dashboard().certification().assessmentUnlocked()
                ? "cert.unlocked" : "cert.locked")));
        section.add(new org.apache.wicket.markup.html.link.BookmarkablePageLink<>("assessmentLink",
                Site.get().pageOf(Destination.ASSESSMENT)));
        return section;
    }

    /** A module's predicted recall today, or why there is no percentage yet. */
    private String recall(PredictedRecall.ModuleRecall recall) {
        if (recall.mean().isPresent()) {
            return percent(recall.mean().getAsDouble());
        }
        return recall.studied() == 0 ? getString("notStarted")
                : text("recall.tooFew", recall.needed(), recall.studied());
    }

    /**
     * Rounded down, so that 100% is shown only when it is whole: every item learned, or every studied item answered
     * right with nothing faded yet.
     */
    private static String percent(double share) {
        return (int) Math.floor(share * 100 + 1e-9) + "%";
    }
}
