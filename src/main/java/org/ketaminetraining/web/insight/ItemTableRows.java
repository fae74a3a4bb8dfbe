package org.ketaminetraining.web.insight;

import java.util.Iterator;
import java.util.List;
import org.apache.wicket.extensions.markup.html.repeater.data.sort.SortOrder;
import org.apache.wicket.extensions.markup.html.repeater.util.SortableDataProvider;
import org.apache.wicket.model.IModel;
import org.ketaminetraining.insight.service.InsightRow;
import org.ketaminetraining.insight.service.ItemAnalysisView;
import org.ketaminetraining.web.component.RowModel;

/**
 * The item table's rows for the view in the URL, from the page's model of the analysis (one service call per
 * render); the sort state is the view's, for the headers to show. No row outlives the request that renders it.
 */
final class ItemTableRows extends SortableDataProvider<InsightRow, InsightView.Sort> {

    private static final long serialVersionUID = 1L;

    private final InsightView view;
    private final IModel<ItemAnalysisView> analysis;

    ItemTableRows(InsightView view, IModel<ItemAnalysisView> analysis) {
        this.view = view;
        this.analysis = analysis;
        setSort(view.sort(), view.ascending() ? SortOrder.ASCENDING : SortOrder.DESCENDING);
    }

    private List<InsightRow> rows() {
        return ItemRows.of(analysis.getObject().rows(), view);
    }

    @Override
    public Iterator<? extends InsightRow> iterator(long first, long count) {
        return rows().stream().skip(first).limit(count).iterator();
    }

    @Override
    public long size() {
        return rows().size();
    }

    @Override
    public IModel<InsightRow> model(InsightRow row) {
        return RowModel.forRender(row, "an item analysis row");
    }

    @Override
    public void detach() {
        analysis.detach();
    }
}
