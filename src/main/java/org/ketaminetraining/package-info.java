/**
 * Ketamine Training: teaches clinical staff ketamine pharmacology and safety with spaced-repetition quizzes,
 * keeps every learner's progress and certifies completion.
 *
 * <p>Pure capabilities ({@code scheduling}, {@code bank}, the rules in {@code people}) know nothing of servers;
 * services in {@code *.service} packages load and store through JPA; {@code web} holds the Wicket pages.
 * Data flows one way: edge, service, pure core, service, storage.
 */
package org.ketaminetraining;
