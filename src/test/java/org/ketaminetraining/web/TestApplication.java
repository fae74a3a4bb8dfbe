package org.ketaminetraining.web;

/** The real application with CDI replaced by {@link TestServices}. */
public class TestApplication extends KetamineTrainingApplication {

    @Override
    protected void configureInjection() {
        getComponentInstantiationListeners().add(TestServices::inject);
    }
}
