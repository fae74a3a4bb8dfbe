package org.ketaminetraining.web.learner;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import org.apache.wicket.authroles.authorization.strategies.role.annotations.AuthorizeInstantiation;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.ketaminetraining.study.service.StudyHistory.ModuleAccuracy;
import org.ketaminetraining.study.service.StudyHistory.PastReview;
import org.ketaminetraining.study.service.StudyHistory;
import org.ketaminetraining.study.service.StudyService;
import org.ketaminetraining.web.component.DisplayTime;
import org.ketaminetraining.web.layout.AppSession;
import org.ketaminetraining.web.layout.BasePage;

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
        LoadableDetachableModel<StudyHistory> history = LoadableDetachableModel.of(() ->
                study.history(accountId(), page * PAGE_SIZE, PAGE_SIZE));
        LoadableDetachableModel<ZoneId> zone = LoadableDetachableModel.of(() ->
                study.settings(accountId()).timeZone());
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
        content.add(new Label("range", () -> {
            StudyHistory h = history.getObject();
            int first = page * PAGE_SIZE + 1;
            return getString("range").replace("{first}", String.valueOf(Math.min(first, h.totalReviews())))
                    .replace("{last}", String.valueOf(page * PAGE_SIZE + h.reviews().size()))
                    .replace("{total}", String.valueOf(h.totalReviews()));
        }));
        content.add(new ListView<PastReview>("reviews", () -> history.getObject().reviews()) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<PastReview> item) {
                PastReview r = item.getModelObject();
                item.add(new Label("when", DisplayTime.inZone(r.answeredAt(), zone.getObject())),
                        new Label("module", r.moduleTitle()), new Label("question", r.questionId()),
                        new Label("stem", r.stemExcerpt()),
                        new Label("result", getString(r.correct() ? "correct" : "incorrect")),
                        new Label("rating", getString("rating." + r.rating().name())),
                        new Label("time", seconds(r.responseTime())));
            }
        });
        BookmarkablePageLink<Void> newer = new BookmarkablePageLink<>("newer", StudyHistoryPage.class,
                page <= 1 ? new PageParameters() : new PageParameters().add("page", page - 1));
        newer.setVisible(page > 0);
        BookmarkablePageLink<Void> older = new BookmarkablePageLink<>("older", StudyHistoryPage.class,
                new PageParameters().add("page", page + 1)) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible((long) (page + 1) * PAGE_SIZE < history.getObject().totalReviews());
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

    private String seconds(Duration time) {
        return String.format(Locale.ENGLISH, "%.1f", time.toMillis() / 1000.0);
    }

    private static long accountId() {
        return AppSession.get().user().orElseThrow().accountId();
    }
}
