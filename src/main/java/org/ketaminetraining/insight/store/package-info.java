/**
 * What the insight features store beside the study tables: the runs of "Fit scheduling parameters" with their
 * progress. (The fitted parameter sets themselves live with the study tables, in {@code study.store}, because study
 * reads them on every answer.)
 */
package org.ketaminetraining.insight.store;
