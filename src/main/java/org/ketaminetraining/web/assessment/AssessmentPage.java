package org.ketaminetraining.web.assessment;

import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.wicket.AttributeModifier;
import org.apache.wicket.authroles.authorization.strategies.role.annotations.AuthorizeInstantiation;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.ketaminetraining.bank.model.AssessmentBlueprint;
import org.ketaminetraining.certification.rules.AttemptDecision.Verdict;
import org.ketaminetraining.certification.rules.CertificateDates;
import org.ketaminetraining.certification.service.CertificateSummary;
import org.ketaminetraining.certification.service.AssessmentService;
import org.ketaminetraining.certification.service.ProgrammeStanding.AttemptSummary;
import org.ketaminetraining.certification.service.ProgrammeStanding.ModuleStanding;
import org.ketaminetraining.certification.service.ProgrammeStanding;
import org.ketaminetraining.study.service.StudyService;
import org.ketaminetraining.web.component.DisplayTime;
import org.ketaminetraining.web.layout.AppSession;
import org.ketaminetraining.web.layout.BasePage;

/**
 * Where a trainee stands in each programme of the curriculum (their own first): questions learned per module,
 * whether the assessment is open to them and if not why, its rules in plain words, their latest result and their
 * certificate; and the one button that starts, resumes or starts the renewal assessment. Every fact comes from
 * {@link AssessmentService#standings}; starting is the service's decision, and a refusal is shown as it words it.
 */
@AuthorizeInstantiation("TRAINEE")
public class AssessmentPage extends BasePage {

    private static final long serialVersionUID = 1L;

    @Inject
    private AssessmentService assessments;
    @Inject
    private StudyService study;

    private final LoadableDetachableModel<List<ProgrammeStanding>> standings =
            LoadableDetachableModel.of(() -> assessments.standings(accountId()));
    private final LoadableDetachableModel<ZoneId> zone =
            LoadableDetachableModel.of(() -> study.settings(accountId()).timeZone());

    public AssessmentPage() {
        setDefaultModel(standings);
        add(new WebMarkupContainer("none") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(standings.getObject().isEmpty());
            }
        });
        add(new ListView<>("programmes", standings) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<ProgrammeStanding> item) {
                populateProgramme(item);
            }
        });
    }

    private void populateProgramme(ListItem<ProgrammeStanding> item) {
        ProgrammeStanding s = item.getModelObject();
        String headingId = "programme-" + item.getIndex();
        item.add(AttributeModifier.replace("aria-labelledby", headingId));
        item.add(new Label("title", s.programmeTitle()).setMarkupId(headingId).setOutputMarkupId(true));

        String overallId = "progress-" + item.getIndex();
        item.add(new Label("overall", text("progress.overall", s.learnedItems(), s.totalItems(),
                Figures.learnedPercent(s.learnedItems(), s.totalItems())))
                .setMarkupId(overallId).setOutputMarkupId(true));
        WebMarkupContainer bar = new WebMarkupContainer("overallBar");
        bar.add(AttributeModifier.replace("value", s.learnedItems()),
                AttributeModifier.replace("max", Math.max(1, s.totalItems())),
                AttributeModifier.replace("aria-labelledby", overallId));
        item.add(bar);
        item.add(modules(item.getModel()));

        item.add(new Label("assessmentHeading", getString(s.renewalDue() ? "renewal.heading" : "assessment.heading")));
        item.add(new Label("state", getString("state." + state(s))));
        item.add(new Label("reason", reason(s)));
        item.add(new Label("spacing", text("reason.spacing", s.minimumSpacingDays()))
                .setVisible(!s.assessmentUnlocked() && s.minimumSpacingDays() > 0 && s.certificate().isEmpty()));
        item.add(startForm(s, item.getIndex()));
        item.add(rules(s));
        item.add(latestAttempt(s));
        item.add(certificate(s));
    }

    /** One word for where the learner is, so that the state never depends on a colour or an icon. */
    private static String state(ProgrammeStanding s) {
        if (s.openAttemptToken().isPresent()) {
            return s.openAttemptTimedOut() ? "timedOut" : "inProgress";
        }
        if (s.decision().verdict() == Verdict.ALREADY_PASSED && !(s.renewalDue() && s.assessmentUnlocked())) {
            return "passed";
        }
        if (!s.assessmentUnlocked()) {
            return "locked";
        }
        return switch (s.decision().verdict()) {
            case MAY_START, ALREADY_PASSED -> "available";
            case COOLING_DOWN -> "coolingDown";
            case NO_ATTEMPTS_LEFT -> "noAttempts";
        };
    }

    private String reason(ProgrammeStanding s) {
        return switch (state(s)) {
            case "inProgress" -> getString("reason.inProgress");
            case "timedOut" -> getString("reason.timedOut");
            case "passed" -> getString(s.certificate().isPresent() ? "reason.passed.renewalLater" : "reason.passed");
            case "locked" -> s.certificate().isPresent() ? getString("reason.renewalLater")
                    : text("reason.locked", s.totalItems() - s.learnedItems());
            case "coolingDown" -> text("reason.coolingDown",
                    DisplayTime.inZone(s.decision().notBefore().orElseThrow(), zone.getObject()));
            case "noAttempts" -> getString("reason.noAttempts");
            default -> getString(s.renewalDue() ? "reason.renewalAvailable" : "reason.available");
        };
    }

    private static boolean mayStart(ProgrammeStanding s) {
        return s.openAttemptToken().isPresent() || "available".equals(state(s));
    }

    private Form<Void> startForm(ProgrammeStanding s, int index) {
        String programmeId = s.programmeId();
        String title = s.programmeTitle();
        Form<Void> form = new Form<>("startForm") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onSubmit() {
                try {
                    String token = assessments.startAssessment(accountId(), programmeId);
                    setResponsePage(AttemptPage.class, AttemptPage.parameters(token));
                } catch (IllegalArgumentException refused) {
                    // On the page, not this form: the list is built afresh for the next render.
                    AssessmentPage.this.error(text("start.refused", title, refused.getMessage()));
                }
            }
        };
        form.setVisible(mayStart(s));
        String label = s.openAttemptTimedOut() ? "start.result" : s.openAttemptToken().isPresent() ? "start.resume"
                : s.renewalDue() ? "start.renewal"
                        : "start.first";
        WebMarkupContainer button = new WebMarkupContainer("start");
        button.setMarkupId("start-assessment-" + index).setOutputMarkupId(true);
        button.add(AttributeModifier.replace("data-programme", programmeId));
        button.add(new Label("label", getString(label)));
        form.add(button);
        return form;
    }

    /** The modules of one standing, read through the page's detachable standings (never kept in the page). */
    private ListView<ModuleStanding> modules(IModel<ProgrammeStanding> standing) {
        return new ListView<>("modules", standing.map(ProgrammeStanding::modules)) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<ModuleStanding> item) {
                ModuleStanding m = item.getModelObject();
                String percent = Figures.learnedPercent(m.learned(), m.total());
                item.add(new Label("module", m.title()));
                item.add(new Label("learned", text("module.learned", m.learned(), m.total(), percent)));
                WebMarkupContainer bar = new WebMarkupContainer("bar");
                bar.add(AttributeModifier.replace("value", m.learned()),
                        AttributeModifier.replace("max", Math.max(1, m.total())),
                        AttributeModifier.replace("aria-label", text("module.bar", m.title(), percent)));
                item.add(bar);
            }
        };
    }

    /** The rules in plain words: the blueprint's numbers when the service gives them, the constant rules always. */
    private ListView<String> rules(ProgrammeStanding s) {
        List<String> rules = new ArrayList<>();
        Optional<AssessmentBlueprint> blueprint = s.assessment();
        blueprint.ifPresent(b -> {
            rules.add(text("rules.passMark", Figures.markPercent(b.passMark())));
            if (b.allSafetyCriticalCorrect()) {
                rules.add(getString("rules.safetyCritical"));
            }
            rules.add(b.timeLimitMinutes().isPresent() ? text("rules.timeLimit", b.timeLimitMinutes().getAsInt())
                    : getString("rules.noTimeLimit"));
        });
        rules.add(getString("rules.deferred"));
        rules.add(getString("rules.saved"));
        if (s.decision().verdict() != Verdict.ALREADY_PASSED || s.renewalDue()) {
            rules.add(blueprint.map(b -> text("rules.attemptsOf", s.decision().attemptsLeft(), b.maxAttempts()))
                    .orElse(text("rules.attempts", s.decision().attemptsLeft())));
        }
        blueprint.filter(b -> b.cooldownHours() > 0)
                .ifPresent(b -> rules.add(text("rules.cooldown", b.cooldownHours())));
        return new ListView<>("rules", rules) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<String> item) {
                item.add(new Label("rule", item.getModel()));
            }
        };
    }

    private WebMarkupContainer latestAttempt(ProgrammeStanding s) {
        Optional<AttemptSummary> latest = s.latestAttempt().filter(a -> a.submittedAt().isPresent());
        WebMarkupContainer section = new WebMarkupContainer("latest");
        section.setVisible(latest.isPresent());
        if (latest.isPresent()) {
            AttemptSummary a = latest.get();
            boolean passed = a.passed().orElse(false);
            section.add(new Label("when", text("latest.when",
                    DisplayTime.inZone(a.submittedAt().orElseThrow(), zone.getObject()))));
            section.add(new Label("verdict", getString(passed ? "latest.passed" : "latest.notPassed")));
            section.add(new Label("score", text("latest.score", a.correct().orElse(0), a.total())));
            section.add(new BookmarkablePageLink<>("resultLink", ResultPage.class, ResultPage.parameters(a.token())));
        }
        return section;
    }

    private WebMarkupContainer certificate(ProgrammeStanding s) {
        WebMarkupContainer section = new WebMarkupContainer("certificate");
        section.setVisible(s.certificate().isPresent());
        if (s.certificate().isPresent()) {
            CertificateSummary c = s.certificate().get();
            section.add(new Label("code", c.code()));
            section.add(new Label("status", getString("certificate.status." + c.status().name())));
            section.add(new Label("validThrough", text("certificate.validThrough",
                    CertificateDates.inWords(c.validThrough()))));
            section.add(new Label("revoked", text("certificate.revoked", c.revocationReason().orElse("")))
                    .setVisible(c.revocationReason().isPresent()));
            section.add(new WebMarkupContainer("refresherDue").setVisible(c.refresherDue()));
            section.add(new WebMarkupContainer("renewalOpen").setVisible(c.renewalOpen()));
            section.add(CertificatesLink.create("certificatesLink"));
        }
        return section;
    }

    private static long accountId() {
        return AppSession.get().user().orElseThrow().accountId();
    }

    @Override
    protected void onDetach() {
        zone.detach();
        super.onDetach();
    }
}
