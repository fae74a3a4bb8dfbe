package org.ketaminetraining.operations.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** Alive while the heap has room: a process that keeps running out of memory should be restarted. */
@Liveness
@ApplicationScoped
public class ApplicationLivenessCheck implements HealthCheck {

    /** Below this share of free heap (after what the JVM may still grow) the process is reported down. */
    private static final double MIN_FREE_SHARE = 0.02;

    @Override
    public HealthCheckResponse call() {
        Runtime runtime = Runtime.getRuntime();
        long used = runtime.totalMemory() - runtime.freeMemory();
        double freeShare = 1.0 - (double) used / runtime.maxMemory();
        return HealthCheckResponse.named("heap")
                .status(freeShare > MIN_FREE_SHARE)
                .withData("usedMiB", used / (1024 * 1024))
                .withData("maxMiB", runtime.maxMemory() / (1024 * 1024))
                .build();
    }
}
