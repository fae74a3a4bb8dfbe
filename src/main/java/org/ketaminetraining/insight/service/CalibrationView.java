package org.ketaminetraining.insight.service;

import java.time.Instant;
import java.util.List;
import org.ketaminetraining.insight.calibration.CalibrationReport;

/**
 * How well each set of weights predicted the programme's reviews: predicted recall against observed recall per bin,
 * with RMSE(bins), log loss and AUC. The defaults are always shown; a fitted set beside them when there is one. These
 * are figures on every review (the fitted set saw most of them when it was fitted); the held-out figures that
 * decided whether to apply it are on the scheduling page.
 */
public record CalibrationView(String programmeId, String programmeTitle, Instant computedAt,
        List<ModelCalibration> models) {

    public CalibrationView {
        models = List.copyOf(models);
    }

    /** One set of weights and its calibration. */
    public record ModelCalibration(String version, String label, CalibrationReport report) {
    }
}
