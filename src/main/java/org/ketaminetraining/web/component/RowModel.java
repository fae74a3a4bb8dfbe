package org.ketaminetraining.web.component;

import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;

/**
 * The model of one row of a {@code DataTable} whose rows have no id to load them by again (an audit entry, a past
 * review, a report row): the table builds its rows anew at every render, so the row is held for the request that
 * renders it and is never kept in the stored page. Reading it after detaching is a programming error and says so.
 */
public final class RowModel {

    private RowModel() {
    }

    /**
     * @param what the kind of row, for the message should anything read it outside its render
     */
    public static <T> IModel<T> forRender(T row, String what) {
        return new LoadableDetachableModel<>(row) {
            private static final long serialVersionUID = 1L;

            @Override
            protected T load() {
                throw new IllegalStateException(what + " is only read while the table renders it");
            }
        };
    }
}
