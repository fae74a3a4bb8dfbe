package org.ketaminetraining.web.author;

import org.apache.wicket.markup.html.WebPage;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.panel.Panel;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/** A link with its text, where a component id stands for it (a table's cell): an {@code <a>} needs its own tag. */
final class LinkCell extends Panel {

    private static final long serialVersionUID = 1L;

    LinkCell(String id, Class<? extends WebPage> page, PageParameters parameters, String text) {
        super(id);
        add(new BookmarkablePageLink<Void>("link", page, parameters).add(new Label("text", text)));
    }
}
