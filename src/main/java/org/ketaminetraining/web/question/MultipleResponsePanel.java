package org.ketaminetraining.web.question;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.wicket.markup.html.form.Check;
import org.apache.wicket.markup.html.form.CheckGroup;
import org.apache.wicket.markup.html.form.FormComponentLabel;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.IModel;
import org.ketaminetraining.bank.model.ChoiceOption;
import org.ketaminetraining.bank.model.ChoiceResponse;
import org.ketaminetraining.bank.model.MultipleResponse;
import org.ketaminetraining.bank.model.Response;
import org.ketaminetraining.web.component.MarkdownLabel;

/** Select all that apply: a labelled checkbox per option. */
public class MultipleResponsePanel extends AnswerPanel {

    private static final long serialVersionUID = 1L;

    private final CheckGroup<Integer> group;

    public MultipleResponsePanel(String id, IModel<ShownQuestion> shown) {
        super(id, shown);
        group = new CheckGroup<>("group", new ArrayList<Integer>(saved(ChoiceResponse.class)
                .map(ChoiceResponse::selectedOptions).orElse(Set.of())));
        add(group);
        group.add(new ListView<>("options", () -> displayOrder(options().size())) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<Integer> item) {
                int authored = item.getModelObject();
                // No error marks on the options: nothing chosen is the group's error, shown at the fieldset.
                Check<Integer> check = new Check<>("check", item.getModel(), group);
                FormComponentLabel label = new FormComponentLabel("label", check);
                label.add(MarkdownLabel.inline("text", () -> options().get(authored).text()));
                item.add(check, label);
            }
        }.setReuseItems(true));
    }

    private List<ChoiceOption> options() {
        return spec(MultipleResponse.class).options();
    }

    @Override
    public String hintMarkupId() {
        return HINT_ID;
    }

    @Override
    public boolean isBlank() {
        Collection<Integer> chosen = group.getModelObject();
        return chosen == null || chosen.isEmpty();
    }

    @Override
    public Optional<Response> response() {
        Collection<Integer> chosen = group.getModelObject();
        if (chosen == null || chosen.isEmpty()) {
            group.error(getString("required"));
            return Optional.empty();
        }
        return Optional.of(new ChoiceResponse(new HashSet<>(chosen)));
    }
}
