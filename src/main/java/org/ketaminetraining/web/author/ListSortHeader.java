package org.ketaminetraining.web.author;

import org.apache.wicket.markup.ComponentTag;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.border.Border;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.ketaminetraining.bank.service.authoring.QuestionQuery.Sort;

/**
 * The header of a column the question list sorts by: a link to the same view sorted by it (so a sorted view is a
 * link too), the arrow of the current order for sighted readers, the order the link would give in words for screen
 * readers, and the sorted column's order in {@code aria-sort}.
 */
final class ListSortHeader extends Border {

    private static final long serialVersionUID = 1L;

    private final boolean sorted;
    private final boolean descending;

    ListSortHeader(String id, Sort column, QuestionFilter view) {
        super(id);
        sorted = view.sort() == column;
        descending = view.descending();
        QuestionFilter next = view.sortedBy(column);
        BookmarkablePageLink<Void> link = new BookmarkablePageLink<>("link", QuestionListPage.class,
                next.parameters());
        link.add(new Label("arrow", descending ? "\u25BC" : "\u25B2").setVisible(sorted));
        link.add(new Label("action", () -> getString(next.descending() ? "sort.desc" : "sort.asc")));
        addToBorder(link);
    }

    @Override
    protected void onComponentTag(ComponentTag tag) {
        super.onComponentTag(tag);
        tag.put("scope", "col");
        if (sorted) {
            tag.put("aria-sort", descending ? "descending" : "ascending");
        }
    }
}
