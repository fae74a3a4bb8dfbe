package org.ketaminetraining.web.author;

import java.util.List;
import java.util.Objects;
import org.apache.wicket.AttributeModifier;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.markup.html.panel.Panel;
import org.apache.wicket.model.IModel;
import org.ketaminetraining.bank.service.authoring.AuthorModule;

/**
 * The modules with how many of their questions are published, being written, waiting for review and retired; each
 * opens the list of its questions. The module on display is marked as the current one in words for assistive
 * technology as well as in weight.
 */
final class ModuleListPanel extends Panel {

    private static final long serialVersionUID = 1L;

    ModuleListPanel(String id, IModel<List<AuthorModule>> modules, String current) {
        super(id);
        BookmarkablePageLink<Void> all = new BookmarkablePageLink<>("all", QuestionListPage.class);
        if (current == null) {
            all.add(AttributeModifier.replace("aria-current", "page"));
        }
        add(all);
        add(new ListView<>("modules", modules) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<AuthorModule> item) {
                AuthorModule m = item.getModelObject();
                BookmarkablePageLink<Void> link = new BookmarkablePageLink<>("link", QuestionListPage.class,
                        QuestionFilter.ofModule(m.moduleKey()).parameters());
                link.add(new Label("title", m.title()));
                if (Objects.equals(current, m.moduleKey())) {
                    link.add(AttributeModifier.replace("aria-current", "page"));
                    link.add(AttributeModifier.append("class", "fw-bold"));
                }
                item.add(link, new Label("key", m.moduleKey()), new Label("published", m.published()),
                        new Label("drafts", m.drafts()), new Label("inReview", m.inReview()),
                        new Label("retired", m.retired()));
            }
        });
    }
}
