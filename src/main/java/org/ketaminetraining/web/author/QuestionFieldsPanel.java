package org.ketaminetraining.web.author;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.apache.wicket.Component;
import org.apache.wicket.ajax.AjaxRequestTarget;
import org.apache.wicket.ajax.form.AjaxFormComponentUpdatingBehavior;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.Button;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.TextArea;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.markup.html.panel.Panel;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LambdaModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.ResourceModel;
import org.ketaminetraining.bank.model.Difficulty;
import org.ketaminetraining.bank.model.QuestionType;
import org.ketaminetraining.bank.service.authoring.AuthoringRefusal;
import org.ketaminetraining.bank.service.authoring.AuthoringService;
import org.ketaminetraining.bank.service.authoring.Choice;
import org.ketaminetraining.web.component.CheckBoxList;
import org.ketaminetraining.web.component.VisibleWhen;

/**
 * The fields of a question: its type (changing it keeps what was typed for the other types), objective (one of its
 * module's), tags (from the vocabulary), difficulty, expected time, stem, the answer fields of its type, the
 * explanation and the references. Choices that the draft names but the bank no longer offers are kept as choices,
 * so that opening and saving a draft never drops them silently; the check then names them.
 */
final class QuestionFieldsPanel extends Panel {

    private static final long serialVersionUID = 1L;
    private static final Set<QuestionType> CHOICE = Set.of(QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_RESPONSE);

    @Inject
    private AuthoringService authoring;

    private final LoadableDetachableModel<List<Choice>> objectives;
    private final LoadableDetachableModel<List<Choice>> vocabulary;

    QuestionFieldsPanel(String id, IModel<DraftForm> form, LivePreview live, Component preview) {
        super(id);
        objectives = LoadableDetachableModel.of(() -> objectivesOf(form.getObject().moduleId));
        vocabulary = LoadableDetachableModel.of(() -> authoring.tagVocabulary(QuestionListPage.caller()));
        add(new Label("id", () -> form.getObject().id), new Label("module", () -> form.getObject().moduleId));

        WebMarkupContainer typeFields = new WebMarkupContainer("typeFields");
        typeFields.setOutputMarkupId(true);
        DropDownChoice<QuestionType> type = new DropDownChoice<>("type", LambdaModel.of(() -> form.getObject().type,
                t -> changeType(form.getObject(), t)),
                Arrays.asList(QuestionType.values()), LabelledChoices.of(t -> getString("type." + t.name()),
                        QuestionType::yamlName));
        type.setRequired(true).setLabel(new ResourceModel("field.type"));
        DraftFields.bind(type, "type", type.getLabel(), "type-hint");
        type.add(AjaxFormComponentUpdatingBehavior.onUpdate("change",
                (AjaxRequestTarget target) -> target.add(typeFields, preview)));
        add(type, DraftFields.errorsOf("typeErrors", type), new Button("changeType"));

        DropDownChoice<String> objective = new DropDownChoice<>("objective", LambdaModel.of(
                () -> form.getObject().objectiveId, v -> form.getObject().objectiveId = v),
                () -> QuestionListPage.withCurrent(objectives.getObject().stream().map(Choice::id).toList(),
                        form.getObject().objectiveId),
                LabelledChoices.of(o -> objectives.getObject().stream().filter(c -> c.id().equals(o))
                        .map(c -> c.text() + " (" + o + ")").findFirst().orElse(o), o -> o));
        objective.setNullValid(true).setLabel(new ResourceModel("field.objective"));
        add(DraftFields.bind(objective, "objectiveId", objective.getLabel(), null),
                DraftFields.errorsOf("objectiveErrors", objective));

        IModel<Collection<String>> chosenTags = LambdaModel.of(() -> form.getObject().tags,
                chosen -> replace(form.getObject().tags, chosen));
        LabelledChoices<String> tagNames = LabelledChoices.of(t -> vocabulary.getObject().stream()
                .filter(c -> c.id().equals(t)).map(c -> t + ": " + c.text()).findFirst().orElse(t), t -> t);
        CheckBoxList<String> tags = new CheckBoxList<>("tags", chosenTags, new TagChoices(vocabulary, form),
                tagNames);
        tags.setLabel(new ResourceModel("field.tags"));
        add(DraftFields.bind(tags, "tags", tags.getLabel(), "tags-hint"), DraftFields.errorsOf("tagsErrors", tags));

        DropDownChoice<String> difficulty = new DropDownChoice<>("difficulty", LambdaModel.of(
                () -> form.getObject().difficulty, v -> form.getObject().difficulty = v),
                () -> QuestionListPage.withCurrent(Difficulty.yamlNames(), form.getObject().difficulty),
                LabelledChoices.of(d -> getString("difficulty." + d, null, d), d -> d));
        difficulty.setNullValid(true).setLabel(new ResourceModel("field.difficulty"));
        add(DraftFields.bind(difficulty, "difficulty", difficulty.getLabel(), null),
                DraftFields.errorsOf("difficultyErrors", difficulty));
        TextField<String> seconds = EditorInputs.textField("expectedSeconds", LambdaModel.of(
                () -> form.getObject().expectedSeconds, v -> form.getObject().expectedSeconds = v),
                "expectedSeconds", new ResourceModel("field.expectedSeconds"), EditorInputs.NAME, "seconds-hint");
        add(seconds, DraftFields.errorsOf("expectedSecondsErrors", seconds));

        TextArea<String> stem = EditorInputs.textArea("stem", LambdaModel.of(() -> form.getObject().stem,
                v -> form.getObject().stem = v), "stem", new ResourceModel("field.stem"), EditorInputs.LONG_TEXT,
                "markdown-hint");
        add(live.updatedBy(stem), DraftFields.errorsOf("stemErrors", stem));

        add(typeFields);
        IModel<QuestionType> current = () -> form.getObject().type;
        typeFields.add(shownFor(new ChoiceOptionsPanel("options", form, live), current, CHOICE));
        typeFields.add(shownFor(new TrueFalseKeyPanel("trueFalse", form, live), current,
                Set.of(QuestionType.TRUE_FALSE)));
        typeFields.add(shownFor(new NumericKeyPanel("numeric", form, live), current, Set.of(QuestionType.NUMERIC)));
        typeFields.add(shownFor(new TextRowsPanel("ordering", LambdaModel.of(() -> form.getObject().orderingItems),
                TextRowsPanel.Kind.ORDERING, live), current, Set.of(QuestionType.ORDERING)));
        typeFields.add(shownFor(new PairsPanel("matching", form, live), current, Set.of(QuestionType.MATCHING)));
        typeFields.add(shownFor(new TextRowsPanel("accepted", LambdaModel.of(() -> form.getObject().accepted),
                TextRowsPanel.Kind.ACCEPTED, live), current, Set.of(QuestionType.SHORT_TEXT)));

        TextArea<String> explanation = EditorInputs.textArea("explanation", LambdaModel.of(
                () -> form.getObject().explanation, v -> form.getObject().explanation = v), "explanation",
                new ResourceModel("field.explanation"), EditorInputs.LONG_TEXT, "explanation-hint");
        add(live.updatedBy(explanation), DraftFields.errorsOf("explanationErrors", explanation));
        add(new ReferenceRowsPanel("references", form, live));
    }

    /**
     * The module's objectives; none when the bank no longer has the module (a draft outliving its module), so that
     * the editor still opens and the check names the objective, rather than the page failing.
     */
    private List<Choice> objectivesOf(String moduleKey) {
        try {
            return authoring.objectives(QuestionListPage.caller(), moduleKey);
        } catch (AuthoringRefusal noSuchModule) {
            return List.of();
        }
    }

    private static void changeType(DraftForm form, QuestionType type) {
        if (type != null && type != form.type) {
            form.type = type;
            form.offerRows();
        }
    }

    private static Component shownFor(Component part, IModel<QuestionType> type, Set<QuestionType> types) {
        return part.add(VisibleWhen.of(() -> types.contains(type.getObject())));
    }

    private static void replace(List<String> tags, Collection<String> chosen) {
        List<String> kept = new ArrayList<>(chosen);
        tags.clear();
        tags.addAll(kept);
    }

    /** The vocabulary's tags, and any the draft carries that it does not (kept so that a save does not drop them). */
    private record TagChoices(IModel<List<Choice>> vocabulary, IModel<DraftForm> form) implements IModel<List<String>> {
        @Override
        public List<String> getObject() {
            List<String> ids = new ArrayList<>(vocabulary.getObject().stream().map(Choice::id).toList());
            form.getObject().tags.stream().filter(t -> !ids.contains(t)).forEach(ids::add);
            return ids;
        }
    }

    @Override
    protected void onDetach() {
        objectives.detach();
        vocabulary.detach();
        super.onDetach();
    }
}
