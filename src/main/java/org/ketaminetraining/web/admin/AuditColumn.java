package org.ketaminetraining.web.admin;

import java.io.Serializable;
import org.apache.wicket.AttributeModifier;
import org.apache.wicket.Component;
import org.apache.wicket.extensions.markup.html.repeater.data.grid.ICellPopulator;
import org.apache.wicket.extensions.markup.html.repeater.data.table.AbstractColumn;
import org.apache.wicket.markup.repeater.Item;
import org.apache.wicket.model.IModel;
import org.ketaminetraining.people.service.AuditEntry;

/**
 * A column of the activity table. Each cell carries its column's name in {@code data-label}, which the stylesheet
 * shows before the value when small screens lay rows out as cards.
 */
final class AuditColumn extends AbstractColumn<AuditEntry, String> {

    private static final long serialVersionUID = 1L;

    /** What a cell of the column shows for an entry. */
    @FunctionalInterface
    interface Cell extends Serializable {
        Component create(String componentId, AuditEntry entry);
    }

    private final IModel<String> label;
    private final Cell cell;

    /**
     * @param header the column's header
     * @param label its short name beside each value on a card
     * @param sortProperty what it sorts by, or null when it does not sort
     */
    AuditColumn(IModel<String> header, IModel<String> label, String sortProperty, Cell cell) {
        super(header, sortProperty);
        this.label = label;
        this.cell = cell;
    }

    @Override
    public void populateItem(Item<ICellPopulator<AuditEntry>> cellItem, String componentId,
            IModel<AuditEntry> rowModel) {
        cellItem.add(cell.create(componentId, rowModel.getObject()));
        cellItem.add(AttributeModifier.replace("data-label", label));
    }

    @Override
    public void detach() {
        super.detach();
        label.detach();
    }
}
