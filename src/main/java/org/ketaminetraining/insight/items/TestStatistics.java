package org.ketaminetraining.insight.items;

import java.util.OptionalDouble;

/**
 * Figures of the assessment as a whole, over the attempts analysed.
 *
 * @param attempts       how many attempts
 * @param meanScore      mean score, each attempt's score being its fraction correct (0..1); 0 without attempts
 * @param scoreSd        sample standard deviation (n - 1) of those fractions; 0 with fewer than two attempts
 * @param cronbachAlpha  Cronbach's alpha over the positions of the attempt (see {@link ItemAnalysis}); at most 1,
 *                       negative when the positions disagree more than chance
 * @param errorRatio     sqrt(1 - alpha), as a fraction: the share of the score's spread that is noise
 * @param standardError  errorRatio x scoreSd, as a fraction of the full score
 */
public record TestStatistics(int attempts, double meanScore, double scoreSd, OptionalDouble cronbachAlpha,
        OptionalDouble errorRatio, OptionalDouble standardError) {

    public TestStatistics {
        Checks.atLeast(attempts, 0, "attempts");
        Checks.within(meanScore, 0, 1, "meanScore");
        Checks.within(scoreSd, 0, 1, "scoreSd");
        Checks.within(cronbachAlpha, -Double.MAX_VALUE, 1, "cronbachAlpha");
        Checks.within(errorRatio, 0, Double.MAX_VALUE, "errorRatio");
        Checks.within(standardError, 0, Double.MAX_VALUE, "standardError");
    }
}
