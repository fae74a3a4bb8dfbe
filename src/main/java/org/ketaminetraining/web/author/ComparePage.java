package org.ketaminetraining.web.author;

import jakarta.inject.Inject;
import java.util.List;
import org.apache.wicket.AttributeModifier;
import org.apache.wicket.RestartResponseException;
import org.apache.wicket.authroles.authorization.strategies.role.annotations.AuthorizeInstantiation;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.ketaminetraining.bank.authoring.DiffRow;
import org.ketaminetraining.bank.service.authoring.AuthoringRefusal;
import org.ketaminetraining.bank.service.authoring.AuthoringService;
import org.ketaminetraining.bank.service.authoring.RevisionComparison;
import org.ketaminetraining.web.component.VisibleWhen;
import org.ketaminetraining.web.layout.BasePage;

/**
 * Two revisions of a question side by side ({@code ?left=2&right=3}; 0 is the open draft), field by field: the
 * stem, each option with its key and feedback, the key of every type, the explanation, the references and the
 * metadata. A changed row says so in words ("Changed") as well as by its mark, never by colour alone; unchanged rows
 * can be hidden ({@code &changes=only}), which is a link too.
 */
@AuthorizeInstantiation({"EDUCATOR", "ADMIN"})
public class ComparePage extends BasePage {

    private static final long serialVersionUID = 1L;

    @Inject
    private AuthoringService authoring;

    private final String questionKey;
    private final int left;
    private final int right;
    private final boolean changesOnly;
    private final LoadableDetachableModel<RevisionComparison> comparison;

    public ComparePage(PageParameters parameters) {
        super(parameters);
        questionKey = QuestionDetailPage.keyOf(parameters);
        left = revision(parameters, "left");
        right = revision(parameters, "right");
        changesOnly = "only".equals(parameters.get("changes").toString(""));
        comparison = LoadableDetachableModel.of(this::load);
        add(new Label("heading", () -> text("heading", questionKey)));
        add(new Label("leftName", () -> name(left)), new Label("rightName", () -> name(right)));
        add(new BookmarkablePageLink<>("back", QuestionDetailPage.class, QuestionDetailPage.parametersOf(questionKey)));
        add(new BookmarkablePageLink<Void>("toggle", ComparePage.class, parameters(!changesOnly))
                .add(new Label("toggleText", getString(changesOnly ? "showAll" : "changesOnly"))));
        add(new Label("summary", () -> text("summary", changed().size())));
        IModel<List<DiffRow>> rows = () -> changesOnly ? changed() : comparison.getObject().rows();
        add(new Label("leftHeader", () -> name(left)), new Label("rightHeader", () -> name(right)));
        add(new ListView<>("rows", rows) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<DiffRow> item) {
                DiffRow row = item.getModelObject();
                if (row.changed()) {
                    item.add(AttributeModifier.append("class", "diff-changed"));
                }
                item.add(new Label("field", row.field()));
                item.add(new Label("mark", getString(row.changed() ? "changed" : "same")));
                item.add(new Label("left", row.left()).add(AttributeModifier.replace("data-label", name(left))));
                item.add(new Label("right", row.right()).add(AttributeModifier.replace("data-label", name(right))));
            }
        });
        add(new Label("none", () -> getString("none")).add(VisibleWhen.of(() -> rows.getObject().isEmpty())));
    }

    private List<DiffRow> changed() {
        return comparison.getObject().rows().stream().filter(DiffRow::changed).toList();
    }

    private RevisionComparison load() {
        try {
            return authoring.compare(QuestionListPage.caller(), questionKey, left, right);
        } catch (AuthoringRefusal refused) {
            getSession().error(refused.getMessage());
            throw new RestartResponseException(QuestionDetailPage.class, QuestionDetailPage.parametersOf(questionKey));
        }
    }

    private PageParameters parameters(boolean onlyChanges) {
        PageParameters p = QuestionDetailPage.parametersOf(questionKey).add("left", left).add("right", right);
        return onlyChanges ? p.add("changes", "only") : p;
    }

    private String name(int revision) {
        return revision == RevisionsPanel.DRAFT ? getString("draft") : text("revision", revision);
    }

    /** A revision number from the address: digits only, at most six of them; anything else is the open draft's 0. */
    private static int revision(PageParameters parameters, String name) {
        String value = parameters.get(name).toString("");
        return value.matches("[0-9]{1,6}") ? Integer.parseInt(value) : RevisionsPanel.DRAFT;
    }

    @Override
    protected void onDetach() {
        comparison.detach();
        super.onDetach();
    }
}
