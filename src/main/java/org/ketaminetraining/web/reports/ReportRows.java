package org.ketaminetraining.web.reports;

import java.util.Iterator;
import org.apache.wicket.extensions.markup.html.repeater.data.sort.SortOrder;
import org.apache.wicket.extensions.markup.html.repeater.util.SortableDataProvider;
import org.apache.wicket.model.IModel;
import org.danekja.java.util.function.serializable.SerializableFunction;
import org.ketaminetraining.certification.service.CompletionQuery;
import org.ketaminetraining.certification.service.CompletionReport;
import org.ketaminetraining.certification.service.CompletionReport.Row;
import org.ketaminetraining.certification.service.CompletionQuery.Sort;
import org.ketaminetraining.web.component.RowModel;

/**
 * The rows of the completion report's view in the URL, for its table. The sort state is the view's, for the headers
 * to show. The page reads the view's rows, their count and the departments in one service query (the report model),
 * so this answers from that and asks the service again only for a page other than the view's. It keeps only the view
 * and the models; no row outlives the request that renders it.
 */
final class ReportRows extends SortableDataProvider<Row, Sort> {

    private static final long serialVersionUID = 1L;

    private final ReportView view;
    private final IModel<CompletionReport> report;
    private final SerializableFunction<CompletionQuery, CompletionReport> load;

    ReportRows(ReportView view, IModel<CompletionReport> report,
            SerializableFunction<CompletionQuery, CompletionReport> load) {
        this.view = view;
        this.report = report;
        this.load = load;
        setSort(view.sort(), view.ascending() ? SortOrder.ASCENDING : SortOrder.DESCENDING);
    }

    @Override
    public Iterator<? extends Row> iterator(long first, long count) {
        CompletionQuery shown = view.pageQuery();
        if (first == shown.firstResult() && count <= shown.maxResults()) {
            // The table asks for what is left on the page: the view's rows, at most a page of them.
            return report.getObject().rows().stream().limit(count).iterator();
        }
        return load.apply(view.rowsQuery(Math.toIntExact(first), Math.toIntExact(count))).rows().iterator();
    }

    @Override
    public long size() {
        return report.getObject().totalRows();
    }

    /** A row holds its report row for the request that renders it: the table builds its rows anew every time. */
    @Override
    public IModel<Row> model(Row row) {
        return RowModel.forRender(row, "a report row");
    }

    @Override
    public void detach() {
        report.detach();
    }
}
