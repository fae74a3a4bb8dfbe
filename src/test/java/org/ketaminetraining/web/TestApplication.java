package org.ketaminetraining.web;

import java.time.Clock;
import java.time.ZoneOffset;

/** The real application with CDI replaced by {@link TestServices}, and its clock fixed (at first) to the fakes' now. */
public class TestApplication extends KetamineTrainingApplication {

    private Clock clock = Clock.fixed(FakeStudy.NOW, ZoneOffset.UTC);

    @Override
    protected void configureInjection() {
        getComponentInstantiationListeners().add(TestServices::inject);
    }

    @Override
    public Clock clock() {
        return clock;
    }

    public void setClock(Clock clock) {
        this.clock = clock;
    }
}
