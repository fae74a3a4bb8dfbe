package org.ketaminetraining.web.learner;

import org.apache.wicket.model.StringResourceModel;
import java.time.ZoneId;
import java.util.Optional;
import org.apache.wicket.AttributeModifier;
import org.apache.wicket.Component;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.markup.html.panel.Panel;
import org.apache.wicket.model.IModel;
import org.ketaminetraining.study.service.AnswerOutcome;
import org.ketaminetraining.web.component.DisplayTime;
import org.ketaminetraining.web.component.MarkdownLabel;
import org.ketaminetraining.web.question.ReferencesPanel;
import org.ketaminetraining.web.question.ShownQuestion;
import org.ketaminetraining.web.question.WrittenAnswerPanel;

/**
 * The feedback on one recorded answer: right or wrong in words and a shape (never colour alone), the learner's
 * answer and the right one written out, the feedback on what they chose, the explanation, the references, when
 * the item comes back, and the way on to the next question.
 */
class OutcomePanel extends Panel {

    private static final long serialVersionUID = 1L;

    private final WebMarkupContainer result;

    OutcomePanel(String id, IModel<AnswerOutcome> outcome, IModel<Boolean> repeated, IModel<ZoneId> zone) {
        super(id, outcome);
        result = new WebMarkupContainer("result");
        result.add(AttributeModifier.append("class", () -> correct() ? "result-correct" : "result-incorrect"));
        result.add(new Label("icon", () -> getString(correct() ? "icon.correct" : "icon.incorrect")));
        result.add(new Label("resultText", () -> getString(correct() ? "result.correct" : "result.incorrect")));
        add(result.setOutputMarkupId(true).setMarkupId("feedback-result"));

        add(new WebMarkupContainer("alreadyRecorded") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(Boolean.TRUE.equals(repeated.getObject()) || outcome().alreadyRecorded());
            }
        });
        add(new WebMarkupContainer("confidentlyWrong") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(outcome().confidentlyWrong());
            }
        });
        add(MarkdownLabel.block("stem", () -> outcome().question().stem()));
        IModel<ShownQuestion> answered = outcome.map(o -> new ShownQuestion(o.question(), o.displayOrder(),
                Optional.of(o.response())));
        add(new WrittenAnswerPanel("yourAnswer", answered, WrittenAnswerPanel.Whose.LEARNER));
        add(new WrittenAnswerPanel("rightAnswer", answered, WrittenAnswerPanel.Whose.RIGHT));
        add(optionFeedback());
        add(explanation());
        add(references());
        add(new Label("nextDue", new StringResourceModel("nextDue", this).setParameters(
                (IModel<String>) () -> DisplayTime.inZone(outcome().nextDue(), zone.getObject()))));
        add(new BookmarkablePageLink<>("next", StudyPage.class).setMarkupId("next-question")
                .setOutputMarkupId(true));
    }

    /** The heading that takes focus when the feedback appears. */
    Component resultHeading() {
        return result;
    }

    private AnswerOutcome outcome() {
        return (AnswerOutcome) getDefaultModelObject();
    }

    private boolean correct() {
        return outcome().correct();
    }

    private WebMarkupContainer optionFeedback() {
        WebMarkupContainer section = new WebMarkupContainer("feedbackSection") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(!outcome().feedback().isEmpty());
            }
        };
        section.add(new ListView<String>("feedback", () -> outcome().feedback()) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<String> item) {
                item.add(MarkdownLabel.block("text", item.getModel()));
            }
        });
        return section;
    }

    private WebMarkupContainer explanation() {
        WebMarkupContainer section = new WebMarkupContainer("explanationSection") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(!outcome().question().explanation().isBlank());
            }
        };
        section.add(MarkdownLabel.block("explanation", () -> outcome().question().explanation()));
        return section;
    }

    private WebMarkupContainer references() {
        WebMarkupContainer section = new WebMarkupContainer("referencesSection") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(!outcome().question().references().isEmpty());
            }
        };
        section.add(new ReferencesPanel("references", () -> outcome().question().references()));
        return section;
    }
}
