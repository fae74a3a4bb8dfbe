package org.ketaminetraining.web.component;

import java.util.List;
import org.apache.wicket.extensions.markup.html.repeater.data.table.DataTable;
import org.apache.wicket.extensions.markup.html.repeater.data.table.IColumn;
import org.apache.wicket.markup.repeater.data.IDataProvider;

/**
 * Wicket's {@code DataTable} with the house's markup: the same parts, without the whitespace the stock markup puts
 * around each cell's content (it would show inside the cells of a card on small screens, see {@link CardColumn}).
 *
 * @param <T> what a row shows
 * @param <S> what the table sorts by
 */
public class CardTable<T, S> extends DataTable<T, S> {

    private static final long serialVersionUID = 1L;

    public CardTable(String id, List<? extends IColumn<T, S>> columns, IDataProvider<T> provider, long rowsPerPage) {
        super(id, columns, provider, rowsPerPage);
    }
}
