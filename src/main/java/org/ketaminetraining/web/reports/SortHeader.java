package org.ketaminetraining.web.reports;

import org.apache.wicket.markup.ComponentTag;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.border.Border;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.ketaminetraining.certification.service.CompletionQuery.Sort;

/**
 * The header of a column the completion report sorts by: a link to the same view sorted by the column (so the sorted
 * view can be bookmarked, unlike Wicket's own {@code OrderByLink}, which calls back into the page), the arrow of the
 * current order for sighted readers and the order the link would give in words for screen readers, and the sorted
 * column's order in {@code aria-sort}.
 */
final class SortHeader extends Border {

    private static final long serialVersionUID = 1L;

    private final boolean sorted;
    private final boolean ascending;

    SortHeader(String id, Sort column, ReportView view) {
        super(id);
        sorted = view.sort() == column;
        ascending = view.ascending();
        ReportView next = view.sortedBy(column);
        BookmarkablePageLink<Void> link = new BookmarkablePageLink<>("link", CompletionReportPage.class,
                next.parameters());
        link.add(new Label("arrow", ascending ? "\u25B2" : "\u25BC").setVisible(sorted));
        link.add(new Label("action", () -> getString(next.ascending() ? "sort.asc" : "sort.desc")));
        addToBorder(link);
    }

    @Override
    protected void onComponentTag(ComponentTag tag) {
        super.onComponentTag(tag);
        // Put first, so the toolbar's own scope keeps its place before aria-sort.
        tag.put("scope", "col");
        if (sorted) {
            tag.put("aria-sort", ascending ? "ascending" : "descending");
        }
    }
}
