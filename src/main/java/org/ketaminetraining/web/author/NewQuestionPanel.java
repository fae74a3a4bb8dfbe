package org.ketaminetraining.web.author;

import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.panel.Panel;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.model.ResourceModel;
import org.ketaminetraining.bank.model.QuestionType;
import org.ketaminetraining.bank.service.authoring.AuthorModule;
import org.ketaminetraining.bank.service.authoring.AuthoringService;
import org.ketaminetraining.web.component.FieldMessages;

/**
 * A new question: its module and type, then the editor. The service suggests the next free id of the module's
 * pattern; nothing is stored until the author first saves.
 */
final class NewQuestionPanel extends Panel {

    private static final long serialVersionUID = 1L;

    @Inject
    private AuthoringService authoring;

    NewQuestionPanel(String id, IModel<List<AuthorModule>> modules, String currentModule) {
        super(id);
        DropDownChoice<String> module = new DropDownChoice<>("newModule", Model.of(currentModule),
                modules.map(list -> list.stream().map(AuthorModule::moduleKey).toList()),
                LabelledChoices.of(key -> modules.getObject().stream().filter(m -> m.moduleKey().equals(key))
                        .map(AuthorModule::title).findFirst().orElse(key), key -> key));
        module.setRequired(true).setLabel(new ResourceModel("new.module"));
        DropDownChoice<QuestionType> type = new DropDownChoice<>("newType", Model.of((QuestionType) null),
                Arrays.asList(QuestionType.values()), LabelledChoices.of(t -> getString("type." + t.name()),
                        QuestionType::yamlName));
        type.setRequired(true).setLabel(new ResourceModel("new.type"));
        Form<Void> form = new Form<>("form") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onSubmit() {
                setResponsePage(new QuestionEditPage(authoring.newQuestion(QuestionListPage.caller(),
                        module.getModelObject(), type.getModelObject())));
            }
        };
        form.add(FieldMessages.attachTo(module, null), new FieldMessages("newModuleErrors", module));
        form.add(FieldMessages.attachTo(type, null), new FieldMessages("newTypeErrors", type));
        add(form);
    }
}
