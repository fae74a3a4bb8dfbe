package org.ketaminetraining.insight.service;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;
import org.ketaminetraining.study.store.SchedulingParameterSet;

/**
 * One fitted parameter set as the administration page shows it: how it was judged on held-out reviews (the set in
 * use before it against it) and where it stands.
 */
public record ParameterSetView(String version, SchedulingParameterSet.State state, int reviews, int trainingReviews,
        int heldOutReviews, OptionalDouble logLossBefore, OptionalDouble logLossAfter, OptionalDouble rmseBinsBefore,
        OptionalDouble rmseBinsAfter, String replacedVersion, String reason, Instant createdAt, String createdBy,
        Optional<Instant> activatedAt, Optional<Instant> retiredAt) {

    static ParameterSetView of(SchedulingParameterSet set) {
        return new ParameterSetView(set.getVersion(), set.getState(), set.getReviews(), set.getTrainingReviews(),
                set.getHeldOutReviews(), optional(set.getLogLossBefore()), optional(set.getLogLossAfter()),
                optional(set.getRmseBinsBefore()), optional(set.getRmseBinsAfter()), set.getReplacedVersion(),
                set.getReason(), set.getCreatedAt(), set.getCreatedBy(), Optional.ofNullable(set.getActivatedAt()),
                Optional.ofNullable(set.getRetiredAt()));
    }

    private static OptionalDouble optional(Double value) {
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }
}
