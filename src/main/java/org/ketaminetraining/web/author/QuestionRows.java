package org.ketaminetraining.web.author;

import java.util.Iterator;
import org.apache.wicket.extensions.markup.html.repeater.data.sort.SortOrder;
import org.apache.wicket.extensions.markup.html.repeater.util.SortableDataProvider;
import org.apache.wicket.model.IModel;
import org.danekja.java.util.function.serializable.SerializableFunction;
import org.ketaminetraining.bank.service.authoring.QuestionPage;
import org.ketaminetraining.bank.service.authoring.QuestionQuery;
import org.ketaminetraining.bank.service.authoring.QuestionQuery.Sort;
import org.ketaminetraining.bank.service.authoring.QuestionRow;
import org.ketaminetraining.web.component.RowModel;

/**
 * The rows of the list's view in the URL, for its table. The page reads its rows and their count in one service
 * query (the page model), so this answers from that and asks the service again only for rows other than the
 * view's. It keeps the view and the models, never a row beyond the request that renders it.
 */
final class QuestionRows extends SortableDataProvider<QuestionRow, Sort> {

    private static final long serialVersionUID = 1L;

    private final QuestionFilter view;
    private final IModel<QuestionPage> shown;
    private final SerializableFunction<QuestionQuery, QuestionPage> load;

    QuestionRows(QuestionFilter view, IModel<QuestionPage> shown,
            SerializableFunction<QuestionQuery, QuestionPage> load) {
        this.view = view;
        this.shown = shown;
        this.load = load;
        setSort(view.sort(), view.descending() ? SortOrder.DESCENDING : SortOrder.ASCENDING);
    }

    @Override
    public Iterator<? extends QuestionRow> iterator(long first, long count) {
        QuestionQuery page = view.pageQuery();
        if (first == page.offset() && count <= page.limit()) {
            return shown.getObject().rows().stream().limit(count).iterator();
        }
        return load.apply(view.rowsQuery(Math.toIntExact(first), Math.toIntExact(count))).rows().iterator();
    }

    @Override
    public long size() {
        return shown.getObject().total();
    }

    /** A row holds its question for the request that renders it: the table builds its rows anew every time. */
    @Override
    public IModel<QuestionRow> model(QuestionRow row) {
        return RowModel.forRender(row, "a question row");
    }

    @Override
    public void detach() {
        shown.detach();
    }
}
