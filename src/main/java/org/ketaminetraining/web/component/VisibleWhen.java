package org.ketaminetraining.web.component;

import org.apache.wicket.Component;
import org.apache.wicket.behavior.Behavior;
import org.apache.wicket.model.IModel;

/**
 * Shows a component only while a condition holds, decided on every render (so an Ajax update of part of a page
 * gets it right too, and nothing stale is kept in the page between requests).
 */
public final class VisibleWhen extends Behavior {

    private static final long serialVersionUID = 1L;
    private final IModel<Boolean> condition;

    private VisibleWhen(IModel<Boolean> condition) {
        this.condition = condition;
    }

    public static VisibleWhen of(IModel<Boolean> condition) {
        return new VisibleWhen(condition);
    }

    @Override
    public void onConfigure(Component component) {
        component.setVisible(Boolean.TRUE.equals(condition.getObject()));
    }

    @Override
    public void detach(Component component) {
        condition.detach();
    }
}
