package org.ketaminetraining.web.component;

import org.apache.wicket.Page;
import org.apache.wicket.markup.ComponentTag;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.border.Border;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * The header of a sortable column in a table whose view lives in the page's parameters (the completion report, the
 * question list): a link to the same view sorted by the column (so a sorted view can be bookmarked, unlike Wicket's
 * own {@code OrderByLink}, which calls back into the page), the arrow of the current order for sighted readers, the
 * order the link would give in words for screen readers ({@code sort.asc}/{@code sort.desc}), and the sorted
 * column's order in {@code aria-sort}.
 */
public final class SortHeader extends Border {

    private static final long serialVersionUID = 1L;

    private final boolean sorted;
    private final boolean ascending;

    /**
     * @param sorted whether the table is sorted by this column now
     * @param ascending the current order (shown only when sorted)
     * @param next the page's parameters for the view sorted by this column
     * @param nextAscending the order that view has
     */
    public SortHeader(String id, Class<? extends Page> page, boolean sorted, boolean ascending, PageParameters next,
            boolean nextAscending) {
        super(id);
        this.sorted = sorted;
        this.ascending = ascending;
        BookmarkablePageLink<Void> link = new BookmarkablePageLink<>("link", page, next);
        link.add(new Label("arrow", ascending ? "\u25B2" : "\u25BC").setVisible(sorted));
        link.add(new Label("action", () -> getString(nextAscending ? "sort.asc" : "sort.desc")));
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
