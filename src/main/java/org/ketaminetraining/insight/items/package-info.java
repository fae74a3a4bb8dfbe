/**
 * Which assessment items work: classical item analysis of final-assessment attempts (Moodle's quiz statistics:
 * facility, standard deviation, corrected item-rest discrimination, discriminative efficiency, Cronbach's alpha
 * with its error ratio, the option distribution by top and bottom thirds), spaced-repetition metrics per item from
 * the review log (first-try accuracy, lapses, FSRS difficulty, time to a 21-day stability, confidently-wrong
 * answers, response time), and the flags that turn those figures into "needs checking" with a reason in words.
 *
 * <p>Pure Java: records in, records out. The services decode stored answers and review logs into
 * {@link org.ketaminetraining.insight.items.ScoredAttempt} and {@link org.ketaminetraining.insight.items.LoggedReview}
 * and show what comes back; nothing here reads a clock, a random source or a database, so every figure can be
 * checked by hand against the fixtures in the tests. Every figure is withheld (an empty {@code OptionalDouble})
 * below the minimum number of responses in {@link org.ketaminetraining.insight.items.AnalysisSettings}, because a
 * discrimination from five answers says more about chance than about the item.
 */
package org.ketaminetraining.insight.items;
