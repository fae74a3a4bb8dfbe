package org.ketaminetraining.web.component;

import org.apache.wicket.Component;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.navigation.paging.IPageable;
import org.apache.wicket.markup.html.navigation.paging.PagingNavigationIncrementLink;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.StringResourceModel;

/**
 * "Previous", "Page n of m", "Next" for a paged table, shown only when there is more than one page, each link only
 * where it leads somewhere. The page keeps the markup (a container with {@code previous}, {@code pageOf} and
 * {@code next} inside) and the {@code pageOf} text in its own properties, so each page words and places it itself.
 */
public final class PreviousNextPager {

    private PreviousNextPager() {
    }

    /**
     * @param id    the container's wicket:id
     * @param table what is paged
     * @param texts the component whose properties hold {@code pageOf} (with the page and the count as ${0}/${1}
     *              or {0}/{1})
     */
    public static WebMarkupContainer of(String id, IPageable table, Component texts) {
        WebMarkupContainer pager = new WebMarkupContainer(id) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(table.getPageCount() > 1);
            }
        };
        pager.add(new PagingNavigationIncrementLink<Void>("previous", table, -1) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(!isFirst());
            }
        });
        pager.add(new Label("pageOf", new StringResourceModel("pageOf", texts).setParameters(
                (IModel<Long>) () -> table.getCurrentPage() + 1, (IModel<Long>) table::getPageCount)));
        pager.add(new PagingNavigationIncrementLink<Void>("next", table, 1) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(!isLast());
            }
        });
        return pager;
    }
}
