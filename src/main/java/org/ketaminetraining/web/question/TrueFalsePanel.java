package org.ketaminetraining.web.question;

import java.util.Optional;
import org.apache.wicket.markup.html.form.Radio;
import org.apache.wicket.markup.html.form.RadioGroup;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.Model;
import org.ketaminetraining.bank.model.Response;
import org.ketaminetraining.bank.model.TrueFalseResponse;

/** A statement to judge: two labelled radios, True and False. */
public class TrueFalsePanel extends AnswerPanel {

    private static final long serialVersionUID = 1L;

    private final RadioGroup<Boolean> group;

    public TrueFalsePanel(String id, IModel<ShownQuestion> shown) {
        super(id, shown);
        group = new RadioGroup<>("group", Model.of(saved(TrueFalseResponse.class).map(TrueFalseResponse::value)
                .orElse(null)));
        // No error marks on the options: nothing chosen is the group's error, shown at the fieldset.
        group.add(new Radio<>("true", Model.of(Boolean.TRUE), group), new Radio<>("false", Model.of(Boolean.FALSE),
                group));
        add(group);
    }

    @Override
    public boolean isBlank() {
        return group.getModelObject() == null;
    }

    @Override
    public Optional<Response> response() {
        Boolean picked = group.getModelObject();
        if (picked == null) {
            group.error(getString("required"));
            return Optional.empty();
        }
        return Optional.of(new TrueFalseResponse(picked));
    }
}
