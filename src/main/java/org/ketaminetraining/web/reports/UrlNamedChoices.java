package org.ketaminetraining.web.reports;

import java.util.List;
import org.apache.wicket.Component;
import org.apache.wicket.markup.html.form.IChoiceRenderer;
import org.apache.wicket.model.IModel;

/**
 * A report filter's choice of an enum: shown as its message ({@code prefix} and the constant's name, from the
 * owner's properties) and sent as its name in the report's URL ({@link ReportView#urlName}), so a submitted filter
 * and a bookmarked link read the same.
 */
final class UrlNamedChoices<E extends Enum<E>> implements IChoiceRenderer<E> {

    private static final long serialVersionUID = 1L;

    private final Component owner;
    private final String prefix;

    UrlNamedChoices(Component owner, String prefix) {
        this.owner = owner;
        this.prefix = prefix;
    }

    @Override
    public Object getDisplayValue(E value) {
        return owner.getString(prefix + value.name());
    }

    @Override
    public String getIdValue(E value, int index) {
        return ReportView.urlName(value);
    }

    @Override
    public E getObject(String id, IModel<? extends List<? extends E>> choices) {
        return choices.getObject().stream().filter(c -> ReportView.urlName(c).equals(id)).findFirst().orElse(null);
    }
}
