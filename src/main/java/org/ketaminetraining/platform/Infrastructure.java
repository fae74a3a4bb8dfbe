package org.ketaminetraining.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import org.ketaminetraining.people.PasswordHasher;
import org.ketaminetraining.people.PasswordWork;
import org.ketaminetraining.ratelimit.ApiTokenBudget;
import org.ketaminetraining.ratelimit.CspReportBudget;
import org.ketaminetraining.ratelimit.VerificationBudget;

/**
 * The one place where the real clock and the system's random source enter the app; everything else receives
 * them, so tests can hand in fixed ones. Also the server-wide state built on them (the public lookup budget).
 */
@ApplicationScoped
public class Infrastructure {

    private final SecureRandom random = new SecureRandom();

    // @Singleton rather than @ApplicationScoped: these types are final or JDK classes that CDI cannot proxy.
    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    SecureRandom secureRandom() {
        return random;
    }

    @Produces
    @Singleton
    PasswordHasher passwordHasher() {
        return PasswordHasher.standard(random);
    }

    /** Half the server's processors for password checks at most, so that a sign-in storm leaves the rest free. */
    @Produces
    @Singleton
    PasswordWork passwordWork() {
        return PasswordWork.forProcessors(Runtime.getRuntime().availableProcessors());
    }

    /** One budget for the whole server: the verification page and the JSON API both spend from it. */
    @Produces
    @ApplicationScoped
    VerificationBudget verificationBudget(Clock clock) {
        return VerificationBudget.perClientAddress(clock);
    }

    /** One budget per API token for the whole server. */
    @Produces
    @ApplicationScoped
    ApiTokenBudget apiTokenBudget(Clock clock) {
        return ApiTokenBudget.perToken(clock);
    }

    /** One budget of violation reports per client address for the whole server. */
    @Produces
    @ApplicationScoped
    CspReportBudget cspReportBudget(Clock clock) {
        return CspReportBudget.perClientAddress(clock);
    }
}
