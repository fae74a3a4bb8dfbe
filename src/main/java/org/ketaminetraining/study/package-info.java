/**
 * The study rules that need no server: how a learner's answer is written to the review log and read back
 * ({@link org.ketaminetraining.study.ResponseCodec}), the reproducible order in which a question's items are shown
 * ({@link org.ketaminetraining.study.DisplayOrder}), when an item counts as learned
 * ({@link org.ketaminetraining.study.LearningEvidence}), and every figure the dashboard and the study page show,
 * each defined once: due now and later today ({@link org.ketaminetraining.study.ReviewsDue}), new questions left
 * under the shared daily limit ({@link org.ketaminetraining.study.NewQuestionsToday}), a module's predicted recall
 * ({@link org.ketaminetraining.study.PredictedRecall}), "Question N of M" ({@link org.ketaminetraining.study.StudySession}),
 * the streak ({@link org.ketaminetraining.study.StudyStreak}) and the seven-day forecast
 * ({@link org.ketaminetraining.study.DueForecast}).
 *
 * <p>Plain Java, like the scheduling engine: study days, the current instant and shuffle seeds arrive as
 * arguments, so the same review log always gives the same answers, the same layout and the same dashboard. The
 * subpackages {@code service} and {@code store} are where transactions and JPA live; they call into this package,
 * never the other way round.
 */
package org.ketaminetraining.study;
