package org.ketaminetraining.web.author;

import org.apache.wicket.extensions.markup.html.repeater.data.table.DataTable;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.panel.Panel;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.StringResourceModel;

/** Previous and next page of the question list, as links to the same view at another page. */
final class ListPager extends Panel {

    private static final long serialVersionUID = 1L;

    private final QuestionFilter view;
    private final DataTable<?, ?> table;

    ListPager(String id, QuestionFilter view, DataTable<?, ?> table) {
        super(id);
        this.view = view;
        this.table = table;
        add(new BookmarkablePageLink<Void>("previous", QuestionListPage.class,
                view.atPage(view.page() - 1).parameters()).setVisible(view.page() > 1));
        add(new Label("pageOf", new StringResourceModel("pageOf", this).setParameters(view.page(),
                (IModel<Long>) () -> Math.max(1, table.getPageCount()))));
        add(new BookmarkablePageLink<Void>("next", QuestionListPage.class,
                view.atPage(view.page() + 1).parameters()) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(view.page() < table.getPageCount());
            }
        });
    }

    @Override
    protected void onConfigure() {
        super.onConfigure();
        setVisible(table.getPageCount() > 1 || view.page() > 1);
    }
}
