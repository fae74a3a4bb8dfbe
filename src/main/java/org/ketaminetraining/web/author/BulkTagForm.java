package org.ketaminetraining.web.author;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.apache.wicket.Component;
import org.apache.wicket.extensions.markup.html.repeater.data.table.DataTable;
import org.apache.wicket.markup.html.form.Button;
import org.apache.wicket.markup.html.form.CheckGroup;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.model.ResourceModel;
import org.apache.wicket.model.StringResourceModel;
import org.apache.wicket.model.util.ListModel;
import org.ketaminetraining.bank.service.authoring.AuthoringService;
import org.ketaminetraining.bank.service.authoring.BulkTagOutcome;
import org.ketaminetraining.bank.service.authoring.Choice;
import org.ketaminetraining.bank.service.authoring.QuestionRow;
import org.ketaminetraining.web.component.FieldMessages;

/**
 * The list's table with a box on each row, and one tag to add to or remove from the checked questions. Tags are
 * classification, so the service publishes the change at once (no review) and says which questions it changed,
 * which already were so, and which it refused (a draft in review), each said here in words.
 */
final class BulkTagForm extends Form<Void> {

    private static final long serialVersionUID = 1L;

    @Inject
    private AuthoringService authoring;

    private final CheckGroup<String> selected;
    private final DropDownChoice<String> tag;

    BulkTagForm(String id, DataTable<QuestionRow, ?> table, IModel<List<Choice>> vocabulary) {
        super(id);
        selected = new CheckGroup<>("selected", new ListModel<>(new ArrayList<>()));
        selected.add(table);
        add(selected);
        tag = new DropDownChoice<>("tag", Model.of((String) null),
                vocabulary.map(choices -> choices.stream().map(Choice::id).toList()),
                LabelledChoices.of(t -> t, t -> t));
        tag.setLabel(new ResourceModel("bulk.tag"));
        add(FieldMessages.attachTo(tag, "bulk-hint"), new FieldMessages("tagErrors", tag));
        add(new Button("addTag") {
            private static final long serialVersionUID = 1L;

            @Override
            public void onSubmit() {
                apply(true);
            }
        });
        add(new Button("removeTag") {
            private static final long serialVersionUID = 1L;

            @Override
            public void onSubmit() {
                apply(false);
            }
        });
    }

    /** The box of one row, named for its question so that a screen reader says what it selects. */
    static Component check(String id, QuestionRow row) {
        return new RowCheck(id, row.questionKey());
    }

    private void apply(boolean add) {
        List<String> keys = List.copyOf(selected.getModelObject());
        String chosen = tag.getModelObject();
        if (chosen == null) {
            tag.error(getString("bulk.noTag"));
            return;
        }
        if (keys.isEmpty()) {
            error(getString("bulk.noneChecked"));
            return;
        }
        BulkTagOutcome outcome = authoring.changeTag(QuestionListPage.caller(), keys, chosen, add);
        if (!outcome.changed().isEmpty()) {
            getSession().success(text(add ? "bulk.added" : "bulk.removed", chosen, outcome.changed().size(),
                    String.join(", ", outcome.changed())));
        }
        if (!outcome.unchanged().isEmpty()) {
            getSession().info(text(add ? "bulk.alreadyHad" : "bulk.alreadyWithout", chosen,
                    outcome.unchanged().size(), String.join(", ", outcome.unchanged())));
        }
        if (!outcome.refused().isEmpty()) {
            getSession().warn(text("bulk.refused", outcome.refused().size(), String.join("; ", outcome.refused())));
        }
        setResponsePage(getPage().getPageClass(), getPage().getPageParameters());
    }

    private String text(String key, Object... values) {
        return new StringResourceModel(key, this).setParameters(values).getString();
    }
}
