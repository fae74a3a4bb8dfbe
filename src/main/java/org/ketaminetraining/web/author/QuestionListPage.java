package org.ketaminetraining.web.author;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.wicket.authroles.authorization.strategies.role.annotations.AuthorizeInstantiation;
import org.apache.wicket.extensions.markup.html.repeater.data.sort.ISortStateLocator;
import org.apache.wicket.extensions.markup.html.repeater.data.table.DataTable;
import org.apache.wicket.extensions.markup.html.repeater.data.table.HeadersToolbar;
import org.apache.wicket.extensions.markup.html.repeater.data.table.IColumn;
import org.apache.wicket.extensions.markup.html.repeater.data.table.NoRecordsToolbar;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.StatelessForm;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.model.ResourceModel;
import org.apache.wicket.model.StringResourceModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.apache.wicket.validation.validator.StringValidator;
import org.ketaminetraining.bank.model.QuestionType;
import org.ketaminetraining.bank.service.authoring.AuthorModule;
import org.ketaminetraining.bank.service.authoring.AuthoringService;
import org.ketaminetraining.bank.service.authoring.Choice;
import org.ketaminetraining.bank.service.authoring.QuestionPage;
import org.ketaminetraining.bank.service.authoring.QuestionQuery;
import org.ketaminetraining.bank.service.authoring.QuestionQuery.Sort;
import org.ketaminetraining.bank.service.authoring.QuestionRow;
import org.ketaminetraining.bank.service.authoring.QuestionStatus;
import org.ketaminetraining.people.service.SignedInUser;
import org.ketaminetraining.web.component.SortHeader;
import org.ketaminetraining.web.component.CardColumn;
import org.ketaminetraining.web.component.CardTable;
import org.ketaminetraining.web.component.DisplayTime;
import org.ketaminetraining.web.component.VisibleWhen;
import org.ketaminetraining.web.layout.AppSession;
import org.ketaminetraining.web.layout.BasePage;
import org.ketaminetraining.web.layout.Site;

/**
 * The questions of one module, or of all: found by words in the stem and answers, filtered by type, tag, status and
 * safety-critical, sorted and paged, all in the URL ({@link QuestionFilter}) so that a filtered list is a link. The
 * checked rows can get a tag added or removed at once. From here: the modules with their counts, a new question,
 * the review queue, and the export of what the browser published into the bank files.
 */
@AuthorizeInstantiation({"EDUCATOR", "ADMIN"})
public class QuestionListPage extends BasePage {

    private static final long serialVersionUID = 1L;

    @Inject
    private AuthoringService authoring;

    private final QuestionFilter view;
    private final LoadableDetachableModel<QuestionPage> shown;
    private final LoadableDetachableModel<List<AuthorModule>> modules;
    private final LoadableDetachableModel<List<Choice>> vocabulary;
    private final DataTable<QuestionRow, Sort> table;

    public QuestionListPage(PageParameters parameters) {
        super(parameters);
        view = QuestionFilter.of(parameters);
        shown = LoadableDetachableModel.of(() -> authoring.questions(caller(), view.pageQuery()));
        modules = LoadableDetachableModel.of(() -> authoring.modules(caller()));
        vocabulary = LoadableDetachableModel.of(() -> authoring.tagVocabulary(caller()));

        add(new BookmarkablePageLink<Void>("reviewQueue", QuestionListPage.class,
                QuestionFilter.reviewQueue().parameters()).add(
                        new Label("waiting", () -> text("reviewQueue.waiting",
                                modules.getObject().stream().mapToLong(AuthorModule::inReview).sum()))));
        add(new ModuleListPanel("modules", modules, view.moduleKey()));
        add(new NewQuestionPanel("newQuestion", modules, view.moduleKey()));
        add(new ExportPanel("export"));
        add(new Label("listHeading", () -> view.module().map(key -> text("heading.module", moduleTitle(key)))
                .orElse(getString("heading.all"))));
        add(filters());
        add(new Label("count", this::countText));

        QuestionRows rows = new QuestionRows(view, shown, query -> authoring.questions(caller(), query));
        table = new CardTable<>("table", columns(), rows, QuestionFilter.PAGE_SIZE) {
            private static final long serialVersionUID = 1L;

            @Override
            protected IModel<String> getCaptionModel() {
                return () -> getString("caption");
            }
        };
        table.setCurrentPage(view.page() - 1L);
        table.addTopToolbar(new HeadersToolbar<>(table, rows) {
            private static final long serialVersionUID = 1L;

            @Override
            protected WebMarkupContainer newSortableHeader(String headerId, Sort column,
                    ISortStateLocator<Sort> locator) {
                QuestionFilter next = view.sortedBy(column);
                return new SortHeader(headerId, QuestionListPage.class, view.sort() == column, !view.descending(),
                        next.parameters(), !next.descending());
            }
        });
        table.addBottomToolbar(new NoRecordsToolbar(table, () -> getString("none")));
        add(new BulkTagForm("bulk", table, vocabulary));
        add(new ListPager("pager", view, table));
    }

    private StatelessForm<Void> filters() {
        TextField<String> words = new TextField<>("filterText", Model.of(view.text()));
        words.add(StringValidator.maximumLength(QuestionQuery.MAX_TEXT));
        DropDownChoice<QuestionType> type = new DropDownChoice<>("filterType", Model.of(view.type()),
                Arrays.asList(QuestionType.values()), LabelledChoices.of(t -> getString("type." + t.name()),
                        QuestionType::yamlName));
        IModel<List<String>> tagIds = () -> withCurrent(vocabulary.getObject().stream().map(Choice::id).toList(),
                view.tag());
        DropDownChoice<String> tag =
                new DropDownChoice<>("filterTag", Model.of(view.tag().isEmpty() ? null : view.tag()),
                        tagIds, LabelledChoices.of(id -> id, id -> id));
        DropDownChoice<QuestionStatus> status = new DropDownChoice<>("filterStatus", Model.of(view.status()),
                Arrays.asList(QuestionStatus.values()), LabelledChoices.of(s -> getString("status." + s.name()),
                        QuestionFilter::urlName));
        DropDownChoice<Boolean> safety = new DropDownChoice<>("filterSafety", Model.of(view.safetyCritical()),
                List.of(Boolean.TRUE, Boolean.FALSE), LabelledChoices.of(b -> getString("safety." + b),
                        b -> b ? "yes" : "no"));
        for (DropDownChoice<?> choice : List.of(type, tag, status, safety)) {
            choice.setNullValid(true);
        }
        StatelessForm<Void> form = new StatelessForm<>("filters") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onSubmit() {
                setResponsePage(QuestionListPage.class, view.withFilters(words.getModelObject(),
                        type.getModelObject(), tag.getModelObject(), status.getModelObject(),
                        safety.getModelObject()).parameters());
            }
        };
        form.add(words, type, tag, status, safety);
        form.add(new BookmarkablePageLink<>("clear", QuestionListPage.class,
                QuestionFilter.ofModule(view.moduleKey()).parameters()).add(VisibleWhen.of(view::filtersAnything)));
        return form;
    }

    private List<IColumn<QuestionRow, Sort>> columns() {
        List<IColumn<QuestionRow, Sort>> columns = new ArrayList<>();
        columns.add(new CardColumn<QuestionRow, Sort>(new ResourceModel("col.select"), null,
                (id, row) -> BulkTagForm.check(id, row)).withCssClass("select-cell"));
        columns.add(new CardColumn<QuestionRow, Sort>(new ResourceModel("col.ID"), Sort.ID,
                (id, row) -> QuestionDetailPage.linkTo(id, row.questionKey())).rowHeader());
        columns.add(new CardColumn<>(new ResourceModel("col.TYPE"), Sort.TYPE,
                (id, row) -> new Label(id, getString("type." + row.type().name()))));
        columns.add(new CardColumn<>(new ResourceModel("col.stem"), null,
                (id, row) -> new Label(id, row.stemPreview())));
        columns.add(new CardColumn<>(new ResourceModel("col.tags"), null,
                (id, row) -> new Label(id, String.join(", ", row.tags()))));
        columns.add(new CardColumn<>(new ResourceModel("col.STATUS"), Sort.STATUS,
                (id, row) -> new Label(id, statusText(row))));
        columns.add(new CardColumn<>(new ResourceModel("col.LAST_CHANGED"), Sort.LAST_CHANGED,
                (id, row) -> new Label(id, DisplayTime.readable(row.lastChanged(), Site.get().organisationZone()))));
        return columns;
    }

    /** The row's standing in words: published or not (and which revision), retired, and its open draft. */
    private String statusText(QuestionRow row) {
        String published = row.publishedRevision() == 0 ? getString("row.new")
                : text(row.retired() ? "row.retired" : "row.published", row.publishedRevision());
        return row.draft().map(d -> text("row.withDraft", published, getString("draft." + d.name())))
                .orElse(published);
    }

    private String countText() {
        QuestionPage page = shown.getObject();
        if (page.total() == 0) {
            return getString("count.none");
        }
        int first = (view.page() - 1) * QuestionFilter.PAGE_SIZE;
        if (page.rows().isEmpty()) {
            return text("count.beyond", page.total());
        }
        return new StringResourceModel("count", this).setParameters(page.total(), first + 1,
                first + page.rows().size()).getString();
    }

    private String moduleTitle(String key) {
        return modules.getObject().stream().filter(m -> m.moduleKey().equals(key)).map(AuthorModule::title)
                .findFirst().orElse(key);
    }

    /** The choices with the one in the URL kept, so that a filter on a tag no longer in the vocabulary still shows. */
    static List<String> withCurrent(List<String> choices, String current) {
        if (current == null || current.isEmpty() || choices.contains(current)) {
            return choices;
        }
        List<String> all = new ArrayList<>(choices);
        all.add(current);
        return all;
    }

    static SignedInUser caller() {
        return AppSession.get().caller();
    }

    @Override
    protected void onDetach() {
        shown.detach();
        modules.detach();
        vocabulary.detach();
        super.onDetach();
    }
}
