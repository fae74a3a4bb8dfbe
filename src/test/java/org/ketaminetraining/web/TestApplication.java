package org.ketaminetraining.web;

import java.time.Clock;
import java.time.Instant;
import org.ketaminetraining.study.fixtures.SteppingClock;

/** The real application with CDI replaced by {@link TestServices} and a clock the test moves. */
public class TestApplication extends KetamineTrainingApplication {

    /** Starts at the fakes' "now"; rate limits refill only when a test advances it. */
    public final SteppingClock clock = new SteppingClock(Instant.parse("2026-11-27T09:00:00Z"));

    @Override
    protected void configureInjection() {
        getComponentInstantiationListeners().add(TestServices::inject);
    }

    @Override
    public void inject(Object target) {
        TestServices.inject(target);
    }

    @Override
    protected Clock clock() {
        return clock;
    }
}
