package org.ketaminetraining.web.insight;

import java.util.List;
import org.apache.wicket.AttributeModifier;
import org.apache.wicket.Page;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.IModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.danekja.java.util.function.serializable.SerializableFunction;
import org.ketaminetraining.insight.service.ItemAnalysisView;

/**
 * The insight pages' list of programmes: a link to the same page for each, the one shown marked
 * {@code aria-current="page"}. Markup: {@code <li wicket:id="ID"><a wicket:id="link"><span wicket:id="name">}.
 */
final class ProgrammeLinks extends ListView<ItemAnalysisView.ModuleOption> {

    private static final long serialVersionUID = 1L;

    private final Class<? extends Page> page;
    private final String current;
    private final SerializableFunction<String, PageParameters> parametersOf;

    /**
     * @param current      the programme shown, or null
     * @param parametersOf the page's parameters for a programme
     */
    ProgrammeLinks(String id, IModel<List<ItemAnalysisView.ModuleOption>> programmes, Class<? extends Page> page,
            String current, SerializableFunction<String, PageParameters> parametersOf) {
        super(id, programmes);
        this.page = page;
        this.current = current;
        this.parametersOf = parametersOf;
    }

    /** Links to {@code page?programme=ID}. */
    static ProgrammeLinks byProgramme(String id, IModel<List<ItemAnalysisView.ModuleOption>> programmes,
            Class<? extends Page> page, String current) {
        return new ProgrammeLinks(id, programmes, page, current, key -> new PageParameters().add("programme", key));
    }

    @Override
    protected void populateItem(ListItem<ItemAnalysisView.ModuleOption> item) {
        String key = item.getModelObject().key();
        BookmarkablePageLink<Void> link = new BookmarkablePageLink<>("link", page, parametersOf.apply(key));
        if (key.equals(current)) {
            link.add(AttributeModifier.replace("aria-current", "page"));
        }
        item.add(link.add(new Label("name", item.getModelObject().title())));
    }
}
