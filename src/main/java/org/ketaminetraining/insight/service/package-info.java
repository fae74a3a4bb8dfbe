/**
 * The insight services (CDI, JPA): item analysis for educators ({@link org.ketaminetraining.insight.service.ItemInsights}),
 * calibration of predicted recall ({@link org.ketaminetraining.insight.service.CalibrationInsights}) and fitting the
 * scheduler's weights to the organisation's own reviews ({@link org.ketaminetraining.insight.service.ParameterFitting}).
 * They read columns, hand them to the pure {@code insight.items} and {@code insight.calibration} packages, and check
 * the caller's role in every public method.
 */
package org.ketaminetraining.insight.service;
