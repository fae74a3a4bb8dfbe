package org.ketaminetraining.study.service;

import java.util.List;
import java.util.Optional;

/**
 * A trainee's daily study: the question to answer now, the answer recorded exactly once, the dashboard, the
 * settings and the history. Each method is one transaction; pages call nothing else.
 */
public interface StudyService {

    /**
     * The question the learner should answer now: the presentation they left open, if any (so a reload, a second
     * tab or a restart resumes it), otherwise the next item of the study queue, presented now.
     *
     * @return empty when nothing is due and no new item is left for today, or study is {@link #paused}
     */
    Optional<PresentedQuestion> currentQuestion(long accountId);

    /**
     * Whether the learner's study is paused (an assessment attempt is under way): no question is presented and no
     * answer recorded until it ends.
     */
    boolean paused(long accountId);

    /** One of the learner's presentations, answered or not; empty when the token is not theirs. */
    Optional<PresentedQuestion> presentation(long accountId, String presentationToken);

    /**
     * Grades and records an answer to one presentation, committing the review-log row and the new memory state
     * before returning. A presentation is recorded at most once: submitting it again (double click, resubmitted
     * form, back button, second tab) records nothing and returns the outcome recorded the first time, with
     * {@link AnswerOutcome#alreadyRecorded()} set.
     *
     * @throws IllegalArgumentException when the token is not one of the learner's presentations, or the response
     *                                  does not fit the question's type
     * @throws StudyPausedException     when study is {@link #paused}; nothing is recorded
     */
    AnswerOutcome submit(long accountId, AnswerSubmission submission);

    /** The recorded outcome of an answered presentation; empty when it is unanswered or not the learner's. */
    Optional<AnswerOutcome> outcome(long accountId, String presentationToken);

    /** The trainee's home page figures, computed at the current instant. */
    Dashboard dashboard(long accountId);

    /**
     * What is waiting for the learner now and next in their current programme (the top of the {@link #dashboard}):
     * for the study page to say why nothing is left to ask and when something will be.
     */
    StudyOutlook outlook(long accountId);

    LearnerSettings settings(long accountId);

    /** The programmes a learner can choose to study for, in curriculum order. */
    List<ProgrammeChoice> programmes();

    /**
     * Saves the learner's settings. Changing the time zone rebuilds the learner's memory states from the review
     * log under the new day boundary, so that states stay equal to a replay of the log.
     *
     * @throws org.ketaminetraining.people.ValidationException per field ("newItemsPerDay", "timeZone",
     *                                                         "programmeId") when a value is refused
     */
    void saveSettings(long accountId, LearnerSettings settings);

    /** Past reviews, newest first, one page of them, and the accuracy per module over all of them. */
    StudyHistory history(long accountId, int firstResult, int maxResults);
}
