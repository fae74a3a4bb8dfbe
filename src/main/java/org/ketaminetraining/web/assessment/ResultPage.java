package org.ketaminetraining.web.assessment;

import org.apache.wicket.model.StringResourceModel;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.wicket.AttributeModifier;
import org.apache.wicket.RestartResponseException;
import org.apache.wicket.authroles.authorization.strategies.role.annotations.AuthorizeInstantiation;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.ketaminetraining.certification.rules.AttemptDecision;
import org.ketaminetraining.certification.rules.ModuleScore;
import org.ketaminetraining.certification.service.AttemptResult.ReviewedItem;
import org.ketaminetraining.certification.service.AttemptResult;
import org.ketaminetraining.certification.service.AttemptView;
import org.ketaminetraining.web.component.DisplayTime;
import org.ketaminetraining.web.component.MarkdownLabel;
import org.ketaminetraining.web.layout.Destination;
import org.ketaminetraining.web.layout.Site;
import org.ketaminetraining.web.question.ReferencesPanel;
import org.ketaminetraining.web.question.ShownQuestion;
import org.ketaminetraining.web.question.WrittenAnswerPanel;

/**
 * A submitted attempt: the verdict in words and why (the score against the pass mark, the safety-critical items
 * missed), the certificate when one was issued, what the learner may do next, the score per module, and every
 * item with the learner's answer, the right one, the explanation and the references. Everything is the service's
 * result; the page only writes it out. An attempt not yet submitted goes back to its questions.
 */
@AuthorizeInstantiation("TRAINEE")
public class ResultPage extends AttemptBasePage {

    private static final long serialVersionUID = 1L;

    private final LoadableDetachableModel<AttemptResult> result = LoadableDetachableModel.of(this::loadResult);
    /** Module titles by id, from the attempt's items (a module score names its module by id only). */
    private final LoadableDetachableModel<Map<String, String>> moduleTitles =
            LoadableDetachableModel.of(this::loadModuleTitles);

    public ResultPage(PageParameters parameters) {
        super(parameters);
        if (result.getObject() == null && assessments.attempt(accountId(), token).filter(AttemptView::timedOut)
                .isPresent()) {
            // The time ran out and nothing has submitted the attempt yet: this request does, as of its deadline.
            assessments.finishTimedOut(accountId(), token);
            result.detach();
        }
        if (result.getObject() == null) {
            if (assessments.attempt(accountId(), token).isPresent()) {
                throw new RestartResponseException(AttemptPage.class, AttemptPage.parameters(token));
            }
            throw AttemptPage.notFound();
        }
        setDefaultModel(result);
        add(new Label("programme", () -> result().programmeTitle()));
        add(new Label("kind", () -> getString(result().renewal() ? "kind.renewal" : "kind.final")));
        add(new Label("submittedAt", () -> text("submittedAt",
                DisplayTime.inZone(result().submittedAt(), zone.getObject()))));
        add(verdict());
        add(certificate());
        add(whatNext());
        WebMarkupContainer studyNote = new WebMarkupContainer("studyNote");
        studyNote.add(visibleWhen(() -> result().correct() < result().total()));
        studyNote.add(new BookmarkablePageLink<>("studyLink", Site.get().pageOf(Destination.STUDY)));
        add(studyNote);
        add(modules());
        add(items());
    }

    public static PageParameters parameters(String token) {
        return new PageParameters().set(AttemptPage.TOKEN, token);
    }

    private AttemptResult result() {
        return result.getObject();
    }

    private WebMarkupContainer verdict() {
        WebMarkupContainer verdict = new WebMarkupContainer("verdict");
        verdict.setOutputMarkupId(true).setMarkupId("result-verdict");
        verdict.add(AttributeModifier.append("class", () -> result().passed() ? "result-correct" : "result-incorrect"));
        verdict.add(new Label("icon", () -> getString(result().passed() ? "icon.passed" : "icon.notPassed")));
        verdict.add(new Label("verdictText", () -> getString(result().passed() ? "passed" : "notPassed")));
        add(new Label("score", () -> text("score", result().correct(), result().total(),
                Figures.scorePercent(result().score()), Figures.markPercent(result().passMark()))));
        add(new Label("belowPassMark", () -> getString("belowPassMark"))
                .add(visibleWhen(() -> !result().passMarkReached())));
        add(new Label("safetyMissed", () -> text("safetyMissed", result().safetyCriticalMissed()))
                .add(visibleWhen(() -> result().safetyCriticalMissed() > 0)));
        add(new Label("safetyFailed", () -> getString("safetyFailed"))
                .add(visibleWhen(() -> result().passMarkReached() && !result().passed())));
        return verdict;
    }

    private WebMarkupContainer certificate() {
        WebMarkupContainer section = new WebMarkupContainer("certificate");
        section.add(visibleWhen(() -> result().certificateCode().isPresent()));
        section.add(new Label("code", () -> result().certificateCode().orElse("")));
        section.add(CertificatesLink.create("certificatesLink").setMarkupId("certificate-link")
                .setOutputMarkupId(true));
        return section;
    }

    private WebMarkupContainer whatNext() {
        WebMarkupContainer section = new WebMarkupContainer("next");
        section.add(visibleWhen(() -> !result().passed()));
        section.add(new Label("nextText", this::nextText));
        section.add(new Label("attemptsLeft", () -> text("attemptsLeft", result().next().attemptsLeft()))
                .add(visibleWhen(() -> result().next().verdict() == AttemptDecision.Verdict.MAY_START
                        || result().next().verdict() == AttemptDecision.Verdict.COOLING_DOWN)));
        section.add(new BookmarkablePageLink<>("assessmentLink", AssessmentPage.class));
        return section;
    }

    private String nextText() {
        AttemptDecision next = result().next();
        return switch (next.verdict()) {
            case COOLING_DOWN -> text("next.coolingDown",
                    DisplayTime.inZone(next.notBefore().orElseThrow(), zone.getObject()));
            case MAY_START -> getString("next.mayStart");
            case NO_ATTEMPTS_LEFT -> getString("next.noAttempts");
            case ALREADY_PASSED -> getString("next.alreadyPassed");
        };
    }

    private ListView<ModuleScore> modules() {
        return new ListView<>("modules", () -> result().modules()) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<ModuleScore> row) {
                ModuleScore m = row.getModelObject();
                row.add(new Label("module", moduleTitles.getObject().getOrDefault(m.moduleId(), m.moduleId())));
                row.add(new Label("correct", m.correct()));
                row.add(new Label("total", m.total()));
                row.add(new Label("share", Figures.scorePercent(m.share())));
            }
        };
    }

    private ListView<ReviewedItem> items() {
        return new ListView<>("items", () -> result().items()) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<ReviewedItem> row) {
                ReviewedItem i = row.getModelObject();
                row.setMarkupId("result-item-" + i.position()).setOutputMarkupId(true);
                WebMarkupContainer heading = new WebMarkupContainer("heading");
                heading.add(AttributeModifier.append("class", i.correct() ? "result-correct" : "result-incorrect"));
                heading.add(new Label("number", new StringResourceModel("item.number", this)
                        .setParameters(i.position())));
                heading.add(new Label("icon", getString(i.correct() ? "icon.correct" : "icon.incorrect")));
                heading.add(new Label("outcome", getString(i.correct() ? "item.correct" : "item.incorrect")));
                row.add(heading);
                row.add(new Label("module", i.moduleTitle()));
                row.add(new WebMarkupContainer("safetyCritical").setVisible(i.question().isSafetyCritical()));
                row.add(MarkdownLabel.block("stem", row.getModel().map(r -> r.question().stem())));
                IModel<ShownQuestion> answered = row.getModel().map(r -> new ShownQuestion(r.question(),
                        r.displayOrder(), r.response()));
                row.add(new WrittenAnswerPanel("yourAnswer", answered, WrittenAnswerPanel.Whose.LEARNER));
                row.add(new WrittenAnswerPanel("rightAnswer", answered, WrittenAnswerPanel.Whose.RIGHT));
                WebMarkupContainer explanation = new WebMarkupContainer("explanationPart");
                explanation.setVisible(!i.question().explanation().isBlank());
                explanation
                        .add(MarkdownLabel.block("explanation", row.getModel().map(r -> r.question().explanation())));
                row.add(explanation);
                WebMarkupContainer references = new WebMarkupContainer("referencesPart");
                references.setVisible(!i.question().references().isEmpty());
                references.add(new ReferencesPanel("references", row.getModel().map(r -> r.question().references())));
                row.add(references);
            }
        };
    }

    private AttemptResult loadResult() {
        return assessments.result(accountId(), token).orElse(null);
    }

    private Map<String, String> loadModuleTitles() {
        return assessments.attempt(accountId(), token).map(view -> view.items().stream()
                .collect(Collectors.toMap(AttemptView.Item::moduleId, AttemptView.Item::moduleTitle, (a, b) -> a)))
                .orElse(Map.of());
    }

    @Override
    protected void onConfigure() {
        super.onConfigure();
        if (result.getObject() == null) {
            throw AttemptPage.notFound();
        }
    }

    @Override
    protected void onDetach() {
        result.detach();
        moduleTitles.detach();
        super.onDetach();
    }
}
