package org.ketaminetraining.web.learner;

import org.apache.wicket.model.StringResourceModel;
import java.time.Instant;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.panel.Panel;
import org.apache.wicket.model.IModel;
import org.ketaminetraining.study.NewQuestionsToday;
import org.ketaminetraining.study.service.LearnerSettings;
import org.ketaminetraining.study.service.StudyOutlook;
import org.ketaminetraining.web.component.VisibleWhen;

/**
 * "You're done for now", and why: the daily limit of new questions is used up (it is shared by the learner's
 * programmes, so another programme may have used it), the limit is 0, or every question is started. Then when the
 * next review is due, when new questions start again, and the way to the setting that raises the limit.
 */
class DoneForNowPanel extends Panel {

    private static final long serialVersionUID = 1L;

    /**
     * @param outlook read only while the panel is shown; its owner detaches it. Keys start with "done." because a
     *                page's own keys (such as "heading") win over a panel's.
     */
    DoneForNowPanel(String id, IModel<StudyOutlook> outlook) {
        super(id, outlook);
        add(new Label("reason", () -> reason(outlook.getObject().newQuestions())));
        add(new Label("nextReview", () -> text("done.nextReview",
                when(outlook.getObject(), outlook.getObject().nextDue().orElseThrow())))
                .add(VisibleWhen.of(() -> outlook.getObject().nextDue().isPresent())));
        WebMarkupContainer limit = new WebMarkupContainer("limit");
        limit.add(VisibleWhen.of(() -> outlook.getObject().newQuestions().limitReached()));
        limit.add(new Label("newAgain", () -> text("done.newAgain",
                when(outlook.getObject(), outlook.getObject().nextStudyDay()))));
        limit.add(new BookmarkablePageLink<>("settingsLink", LearnerSettingsPage.class).add(VisibleWhen
                .of(() -> outlook.getObject().newQuestions().perDay() < LearnerSettings.MAX_NEW_ITEMS_PER_DAY)));
        add(limit);
        add(new BookmarkablePageLink<>("dashboardLink", DashboardPage.class));
        add(new BookmarkablePageLink<>("checkAgain", StudyPage.class));
    }

    /** The text of the key with its MessageFormat placeholders filled in. */
    private String text(String key, Object... values) {
        return new StringResourceModel(key, this).setParameters(values).getString();
    }

    private String reason(NewQuestionsToday fresh) {
        if (fresh.limitReached() && fresh.perDay() == 0) {
            return getString("done.noNewAllowed");
        }
        if (fresh.limitReached()) {
            String reason = text("done.limit", fresh.perDay());
            return fresh.startedInOtherProgrammes() == 0 ? reason
                    : reason + " " + text("done.elsewhere", fresh.startedInOtherProgrammes());
        }
        return getString(fresh.notStarted() == 0 ? "done.allStarted" : "done.nothingLeft");
    }

    private String when(StudyOutlook outlook, Instant at) {
        return StudyTimes.when(this, at, outlook.asOf(), outlook.zone());
    }
}
