/**
 * A trainee's study, one transaction per use case: presenting the next question from the study queue, recording
 * each answer exactly once (review-log row, memory state and the revision shown, committed before the feedback
 * shows), the dashboard, settings and history. The review log is the truth; memory states are a cache that a
 * replay of the log rebuilds exactly. Pages see only {@link org.ketaminetraining.study.service.StudyService}.
 * Behind it: {@code StudyLedger} presents and records, {@code StudyQueueReader} reads what is due (today's answers,
 * memory states, items brought forward, the queue), {@code LearnerOverview} reports (dashboard, outlook, history),
 * and {@code MemoryStateReplay} replays the log into memory states.
 */
package org.ketaminetraining.study.service;
