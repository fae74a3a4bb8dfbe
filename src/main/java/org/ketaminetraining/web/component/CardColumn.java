package org.ketaminetraining.web.component;

import java.io.Serializable;
import org.apache.wicket.AttributeModifier;
import org.apache.wicket.Component;
import org.apache.wicket.behavior.Behavior;
import org.apache.wicket.extensions.markup.html.repeater.data.grid.ICellPopulator;
import org.apache.wicket.extensions.markup.html.repeater.data.table.AbstractColumn;
import org.apache.wicket.markup.ComponentTag;
import org.apache.wicket.markup.repeater.Item;
import org.apache.wicket.model.IModel;

/**
 * A column of a {@code DataTable} whose rows the stylesheet lays out as cards on small screens
 * ({@code table-cards} in app.css): each cell carries its column's name in {@code data-label}, shown before the
 * value on a card. A column may name its rows ({@link #rowHeader()}): its cells are {@code <th scope="row">}
 * instead, so a screen reader announces the row by it.
 *
 * @param <T> what a row shows
 * @param <S> what the table sorts by
 */
public final class CardColumn<T, S> extends AbstractColumn<T, S> {

    private static final long serialVersionUID = 1L;

    /** What a cell of the column shows for a row. */
    @FunctionalInterface
    public interface Cell<T> extends Serializable {
        Component create(String componentId, T row);
    }

    private final IModel<String> label;
    private final Cell<T> cell;
    private String cssClass;
    private boolean rowHeader;

    /**
     * @param header       the column's header
     * @param label        its short name beside each value on a card
     * @param sortProperty what it sorts by, or null when it does not sort
     */
    public CardColumn(IModel<String> header, IModel<String> label, S sortProperty, Cell<T> cell) {
        super(header, sortProperty);
        this.label = label;
        this.cell = cell;
    }

    /** A column whose header is also its name on a card. */
    public CardColumn(IModel<String> header, S sortProperty, Cell<T> cell) {
        this(header, header, sortProperty, cell);
    }

    /** The class of the column's cells, not of its header. */
    public CardColumn<T, S> withCssClass(String cssClass) {
        this.cssClass = cssClass;
        return this;
    }

    /** The cells name their rows: {@code <th scope="row">}, without a card label (they are the card's title). */
    public CardColumn<T, S> rowHeader() {
        this.rowHeader = true;
        return this;
    }

    @Override
    public void populateItem(Item<ICellPopulator<T>> cellItem, String componentId, IModel<T> rowModel) {
        cellItem.add(cell.create(componentId, rowModel.getObject()));
        if (rowHeader) {
            cellItem.add(RowHeader.INSTANCE);
        }
        if (cssClass != null) {
            cellItem.add(AttributeModifier.append("class", cssClass));
        }
        if (!rowHeader) {
            cellItem.add(AttributeModifier.replace("data-label", label));
        }
    }

    @Override
    public void detach() {
        super.detach();
        label.detach();
    }

    /** Turns the table's {@code <td>} into the row's header cell. */
    private static final class RowHeader extends Behavior {

        private static final long serialVersionUID = 1L;
        static final RowHeader INSTANCE = new RowHeader();

        @Override
        public void onComponentTag(Component component, ComponentTag tag) {
            tag.setName("th");
            tag.put("scope", "row");
        }

        private Object readResolve() {
            return INSTANCE;
        }
    }
}
