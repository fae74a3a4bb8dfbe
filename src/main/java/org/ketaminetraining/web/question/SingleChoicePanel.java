package org.ketaminetraining.web.question;

import java.util.List;
import java.util.Optional;
import org.apache.wicket.markup.html.form.FormComponentLabel;
import org.apache.wicket.markup.html.form.Radio;
import org.apache.wicket.markup.html.form.RadioGroup;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.Model;
import org.ketaminetraining.bank.model.ChoiceOption;
import org.ketaminetraining.bank.model.ChoiceResponse;
import org.ketaminetraining.bank.model.Response;
import org.ketaminetraining.bank.model.SingleChoice;
import org.ketaminetraining.web.component.MarkdownLabel;

/** Pick one: a labelled radio per option. */
public class SingleChoicePanel extends AnswerPanel {

    private static final long serialVersionUID = 1L;

    private final RadioGroup<Integer> group;

    public SingleChoicePanel(String id, IModel<ShownQuestion> shown) {
        super(id, shown);
        group = new RadioGroup<>("group", Model.of(saved(ChoiceResponse.class)
                .flatMap(r -> r.selectedOptions().stream().findFirst()).orElse(null)));
        add(group);
        group.add(new ListView<>("options", () -> displayOrder(options().size())) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<Integer> item) {
                int authored = item.getModelObject();
                // No error marks on the options: nothing chosen is the group's error, shown at the fieldset.
                Radio<Integer> radio = new Radio<>("radio", Model.of(authored), group);
                FormComponentLabel label = new FormComponentLabel("label", radio);
                label.add(MarkdownLabel.inline("text", () -> options().get(authored).text()));
                item.add(radio, label);
            }
        }.setReuseItems(true));
    }

    private List<ChoiceOption> options() {
        return spec(SingleChoice.class).options();
    }

    @Override
    public boolean isBlank() {
        return group.getModelObject() == null;
    }

    @Override
    public Optional<Response> response() {
        Integer chosen = group.getModelObject();
        if (chosen == null) {
            group.error(getString("required"));
            return Optional.empty();
        }
        return Optional.of(ChoiceResponse.of(chosen));
    }
}
