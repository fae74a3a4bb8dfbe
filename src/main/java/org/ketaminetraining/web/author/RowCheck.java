package org.ketaminetraining.web.author;

import org.apache.wicket.AttributeModifier;
import org.apache.wicket.markup.html.form.Check;
import org.apache.wicket.markup.html.panel.Panel;
import org.apache.wicket.model.Model;
import org.apache.wicket.model.StringResourceModel;

/**
 * The box of one row of the question list: its value is the question's id (kept, since the row itself is not), and
 * its name says which question it selects, for assistive technology.
 */
final class RowCheck extends Panel {

    private static final long serialVersionUID = 1L;

    RowCheck(String id, String questionKey) {
        super(id);
        Check<String> box = new Check<>("check", Model.of(questionKey));
        box.add(AttributeModifier.replace("aria-label",
                new StringResourceModel("bulk.select", this).setParameters(questionKey)));
        add(box);
    }
}
