package org.ketaminetraining.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import org.ketaminetraining.people.PasswordHasher;

/**
 * The one place where the real clock and the system's random source enter the app; everything else receives
 * them, so tests can hand in fixed ones.
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
}
