package org.ketaminetraining.web.learner;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.wicket.AttributeModifier;
import org.apache.wicket.Component;
import org.apache.wicket.authroles.authorization.strategies.role.annotations.AuthorizeInstantiation;
import org.apache.wicket.extensions.markup.html.repeater.data.table.DataTable;
import org.apache.wicket.extensions.markup.html.repeater.data.table.HeadersToolbar;
import org.apache.wicket.extensions.markup.html.repeater.data.table.IColumn;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.markup.html.panel.Fragment;
import org.apache.wicket.markup.repeater.data.IDataProvider;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.ResourceModel;
import org.apache.wicket.model.StringResourceModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.ketaminetraining.study.service.StudyHistory.ModuleAccuracy;
import org.ketaminetraining.study.service.StudyHistory.PastReview;
import org.ketaminetraining.study.service.StudyHistory;
import org.ketaminetraining.study.service.StudyService;
import org.ketaminetraining.web.component.CardColumn;
import org.ketaminetraining.web.component.CardTable;
import org.ketaminetraining.web.component.DisplayTime;
import org.ketaminetraining.web.layout.AppSession;
import org.ketaminetraining.web.layout.BasePage;
import org.ketaminetraining.web.component.RowModel;

/**
 * What a trainee has answered: accuracy per module, then their past reviews newest first, 25 to a page
 * ({@code ?page=N}, 0 the newest), with times in their own time zone.
 */
@AuthorizeInstantiation("TRAINEE")
public class StudyHistoryPage extends BasePage {

    static final int PAGE_SIZE = 25;
    private static final long serialVersionUID = 1L;

    @Inject
    private StudyService study;

    public StudyHistoryPage(PageParameters parameters) {
        super(parameters);
        int page = Math.max(0, parameters.get("page").toInt(0));
        LoadableDetachableModel<StudyHistory> history =
                LoadableDetachableModel.of(() -> study.history(accountId(), page * PAGE_SIZE, PAGE_SIZE));
        LoadableDetachableModel<ZoneId> zone = LoadableDetachableModel.of(() -> study.settings(accountId()).timeZone());
        setDefaultModel(history);

        WebMarkupContainer empty = new WebMarkupContainer("empty") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(history.getObject().totalReviews() == 0);
            }
        };
        empty.add(new BookmarkablePageLink<>("studyLink", StudyPage.class));
        add(empty);

        WebMarkupContainer content = new WebMarkupContainer("content") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(history.getObject().totalReviews() > 0);
            }

            @Override
            protected void onDetach() {
                zone.detach();
                super.onDetach();
            }
        };
        add(content);
        content.add(new ListView<ModuleAccuracy>("accuracy", () -> history.getObject().accuracy()) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<ModuleAccuracy> item) {
                ModuleAccuracy a = item.getModelObject();
                item.add(new Label("module", a.title()), new Label("answered", a.answered()),
                        new Label("correct", a.correct()), new Label("share", Math.round(a.share() * 100) + "%"));
            }
        });
        DataTable<PastReview, Void> reviews = new CardTable<>("reviews", columns(zone), new Reviews(history, page),
                PAGE_SIZE) {
            private static final long serialVersionUID = 1L;

            @Override
            protected IModel<String> getCaptionModel() {
                return new ResourceModel("reviews.caption");
            }
        };
        reviews.getCaption().add(AttributeModifier.replace("class", "visually-hidden"));
        reviews.setCurrentPage(page);
        reviews.addTopToolbar(new HeadersToolbar<>(reviews, null));
        content.add(new Label("range", new StringResourceModel("range", this).setParameters(
                (IModel<Long>) () -> Math.min(reviews.getCurrentPage() * PAGE_SIZE + 1, reviews.getItemCount()),
                (IModel<Long>) () -> Math.min((reviews.getCurrentPage() + 1) * PAGE_SIZE, reviews.getItemCount()),
                (IModel<Long>) reviews::getItemCount)));
        content.add(reviews);
        BookmarkablePageLink<Void> newer = new BookmarkablePageLink<>("newer", StudyHistoryPage.class,
                page <= 1 ? new PageParameters() : new PageParameters().add("page", page - 1));
        newer.setVisible(page > 0);
        BookmarkablePageLink<Void> older = new BookmarkablePageLink<>("older", StudyHistoryPage.class,
                new PageParameters().add("page", page + 1)) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(page + 1 < reviews.getPageCount());
            }
        };
        WebMarkupContainer pager = new WebMarkupContainer("pager") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(page > 0 || history.getObject().totalReviews() > PAGE_SIZE);
            }
        };
        pager.add(newer, older);
        content.add(pager);
    }

    private List<IColumn<PastReview, Void>> columns(IModel<ZoneId> zone) {
        List<IColumn<PastReview, Void>> columns = new ArrayList<>();
        columns.add(column("col.when", (id, r) -> text(id, DisplayTime.inZone(r.answeredAt(), zone.getObject()))));
        columns.add(column("col.module", (id, r) -> text(id, r.moduleTitle())));
        columns.add(column("col.question", (id, r) -> new Fragment(id, "questionCell", this)
                .add(new Label("question", r.questionId())).setRenderBodyOnly(true)));
        columns.add(column("col.stem", (id, r) -> text(id, r.stemExcerpt())));
        columns.add(column("col.result", (id, r) -> text(id, getString(r.correct() ? "correct" : "incorrect"))));
        columns.add(column("col.rating", (id, r) -> text(id, getString("rating." + r.rating().name()))));
        columns.add(column("col.time", (id, r) -> text(id, seconds(r.responseTime()))));
        return columns;
    }

    private static CardColumn<PastReview, Void> column(String key, CardColumn.Cell<PastReview> cell) {
        return new CardColumn<>(new ResourceModel(key), null, cell);
    }

    private static Component text(String id, String text) {
        return new Label(id, text).setRenderBodyOnly(true);
    }

    private static String seconds(Duration time) {
        return String.format(Locale.ENGLISH, "%.1f", time.toMillis() / 1000.0);
    }

    /**
     * The reviews of the page in the URL, newest first. The page reads them with the accuracy and the count in one
     * service call ({@code history}), so the provider answers from it and asks the service again only for another
     * page. It keeps nothing but the page number.
     */
    private final class Reviews implements IDataProvider<PastReview> {

        private static final long serialVersionUID = 1L;

        private final IModel<StudyHistory> history;
        private final int page;

        Reviews(IModel<StudyHistory> history, int page) {
            this.history = history;
            this.page = page;
        }

        @Override
        public Iterator<? extends PastReview> iterator(long first, long count) {
            if (first == (long) page * PAGE_SIZE) {
                return history.getObject().reviews().stream().limit(count).iterator();
            }
            return study.history(accountId(), Math.toIntExact(first), Math.toIntExact(count))
                    .reviews().iterator();
        }

        @Override
        public long size() {
            return history.getObject().totalReviews();
        }

        /** A review has no id to load it by again; the table builds its rows anew at every render. */
        @Override
        public IModel<PastReview> model(PastReview review) {
            return RowModel.forRender(review, "a past review");
        }

        @Override
        public void detach() {
            history.detach();
        }
    }

    private static long accountId() {
        return AppSession.get().user().orElseThrow().accountId();
    }
}
