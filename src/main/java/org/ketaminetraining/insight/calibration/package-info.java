/**
 * How well the scheduler's predictions of recall match what learners actually recalled, and whether weights fitted
 * to the organisation's own reviews may replace the ones in use.
 *
 * <p>The certificate's knowledge currency rests on FSRS's predicted recall, so those predictions have to be shown to
 * be calibrated, not assumed: {@link org.ketaminetraining.insight.calibration.RecallPredictions} replays review
 * histories and pairs each scored review's prediction with its outcome;
 * {@link org.ketaminetraining.insight.calibration.Calibration} turns those pairs into a calibration table (bins of
 * predicted recall against observed recall), RMSE(bins), log loss and AUC; and
 * {@link org.ketaminetraining.insight.calibration.HeldOutFitting} fits weights on the older reviews and lets them
 * replace the current ones only when they predict the newer, held-out reviews better.
 *
 * <p>Pure Java: no clock, no random source, no server or database. Histories, instants and the optimiser are
 * arguments, so the same reviews always give the same figures and the same decision.
 */
package org.ketaminetraining.insight.calibration;
