package org.ketaminetraining.web.question;

import java.util.List;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.link.ExternalLink;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.markup.html.panel.Panel;
import org.apache.wicket.model.IModel;
import org.ketaminetraining.bank.markdown.LinkPolicy;
import org.ketaminetraining.bank.model.Reference;

/**
 * A question's references as a list: the title, linked when its address is one the bank allows, and the citation
 * below it. Shown with the explanation after an answer is graded.
 */
public class ReferencesPanel extends Panel {

    private static final long serialVersionUID = 1L;

    public ReferencesPanel(String id, IModel<List<Reference>> references) {
        super(id, references);
        add(new ListView<>("references", references) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<Reference> item) {
                IModel<String> url = item.getModel().map(r -> r.url().filter(LinkPolicy::isAllowedLink).orElse(null));
                boolean linked = url.getObject() != null;
                ExternalLink link = new ExternalLink("link", url);
                link.add(new Label("title", item.getModel().map(Reference::title)));
                item.add(link.setVisible(linked));
                item.add(new Label("plainTitle", item.getModel().map(Reference::title)).setVisible(!linked));
                IModel<String> citation = item.getModel().map(r -> r.citation().orElse(null));
                item.add(new Label("citation", citation).setVisible(citation.getObject() != null));
            }
        });
    }
}
