package org.ketaminetraining.web;

import java.time.Clock;
import java.time.ZoneId;
import org.ketaminetraining.study.fixtures.SteppingClock;
import org.ketaminetraining.web.app.KetamineTrainingApplication;
import org.ketaminetraining.web.isolation.SameOriginRule;

/**
 * The real application with CDI replaced by {@link TestServices}, and a clock the test moves: it starts at the
 * fakes' "now"; rate limits refill and countdowns run only when a test moves it.
 */
public class TestApplication extends KetamineTrainingApplication {

    public final SteppingClock clock = new SteppingClock(FakeStudy.NOW);

    @Override
    protected void init() {
        super.init();
        getRequestCycleListeners().add(new PageSerializationCheck());
    }

    @Override
    protected void configureInjection() {
        getComponentInstantiationListeners().add(TestServices::inject);
    }

    @Override
    public void inject(Object target) {
        TestServices.inject(target);
    }

    /** WicketTester's requests go to http://localhost; the tests of other origins name them explicitly. */
    @Override
    protected SameOriginRule sameOriginRule() {
        return SameOriginRule.of("http://localhost", "https://portal.example.org");
    }

    @Override
    public Clock clock() {
        return clock;
    }

    /** An organisation an hour east of UTC in winter, so that a test sees times converted. */
    @Override
    public ZoneId organisationZone() {
        return ZoneId.of("Europe/Berlin");
    }

    /** Sets the clock to the instant of {@code fixed} (tests written with a fixed clock). */
    public void setClock(Clock fixed) {
        clock.set(fixed.instant());
    }
}
