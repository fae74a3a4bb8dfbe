package org.ketaminetraining.web.author;

import java.util.List;
import org.apache.wicket.AttributeModifier;
import org.apache.wicket.Component;
import org.apache.wicket.MarkupContainer;
import org.apache.wicket.feedback.FeedbackCollector;
import org.apache.wicket.feedback.FeedbackMessage;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.markup.html.panel.Panel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.StringResourceModel;

/**
 * Every problem of the form at its top, each a link to the input it concerns (WCAG's error summary): the same
 * messages are shown under the inputs themselves. On a full render it takes focus (focus-on-load.js), so that a
 * screen reader reads what to fix first and Tab continues into the list. A problem with the question as a whole
 * is listed as text.
 */
final class ProblemSummary extends Panel {

    private static final long serialVersionUID = 1L;

    private final LoadableDetachableModel<List<FeedbackMessage>> problems;

    ProblemSummary(String id, MarkupContainer form) {
        super(id);
        problems = LoadableDetachableModel.of(() -> new FeedbackCollector(form, false)
                .collect(message -> message.getLevel() >= FeedbackMessage.ERROR));
        setOutputMarkupId(true);
        setMarkupId("problem-summary");
        add(AttributeModifier.replace("data-focus-on-load", "true"), AttributeModifier.replace("tabindex", "-1"));
        add(new Label("heading", () -> new StringResourceModel("summary.heading", this)
                .setParameters(problems.getObject().size()).getString()));
        add(new ListView<>("problems", problems) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<FeedbackMessage> item) {
                FeedbackMessage message = item.getModelObject();
                Component reporter = message.getReporter();
                DraftFields.Field field = reporter == null ? null : reporter.getMetaData(DraftFields.FIELD);
                WebMarkupContainer link = new WebMarkupContainer("link");
                String text = String.valueOf(message.getMessage());
                if (field != null) {
                    link.add(AttributeModifier.replace("href", "#" + reporter.getMarkupId()));
                    link.add(new Label("text", field.label().getObject() + ": " + text));
                }
                item.add(link.setVisible(field != null), new Label("plain", text).setVisible(field == null));
            }
        });
    }

    @Override
    protected void onConfigure() {
        super.onConfigure();
        setVisible(!problems.getObject().isEmpty());
    }

    @Override
    protected void onDetach() {
        problems.detach();
        super.onDetach();
    }
}
