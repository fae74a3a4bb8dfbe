package org.ketaminetraining.web.component;

import java.io.Serializable;
import org.apache.wicket.Component;
import org.apache.wicket.feedback.FeedbackMessage;
import org.apache.wicket.feedback.IFeedbackMessageFilter;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.panel.FeedbackPanel;

/**
 * Page-level messages as Bootstrap alerts. Each message starts with a word ("Error:", "Done:") so that its kind
 * is never told by colour alone; the list sits in a live region so screen readers announce it.
 */
public class MessagesPanel extends FeedbackPanel {

    private static final long serialVersionUID = 1L;

    public MessagesPanel(String id) {
        super(id);
    }

    public MessagesPanel(String id, IFeedbackMessageFilter filter) {
        super(id, filter);
    }

    @Override
    protected String getCSSClass(FeedbackMessage message) {
        return switch (message.getLevel()) {
            case FeedbackMessage.ERROR, FeedbackMessage.FATAL -> "alert alert-danger";
            case FeedbackMessage.WARNING -> "alert alert-warning";
            case FeedbackMessage.SUCCESS -> "alert alert-success";
            default -> "alert alert-info";
        };
    }

    @Override
    protected Component newMessageDisplayComponent(String id, FeedbackMessage message) {
        String kind = switch (message.getLevel()) {
            case FeedbackMessage.ERROR, FeedbackMessage.FATAL -> getString("message.error");
            case FeedbackMessage.WARNING -> getString("message.warning");
            case FeedbackMessage.SUCCESS -> getString("message.success");
            default -> getString("message.info");
        };
        Serializable text = message.getMessage();
        return new Label(id, kind + " " + text);
    }
}
