package org.ketaminetraining.web.insight;

import java.util.function.Supplier;
import org.apache.wicket.Page;
import org.apache.wicket.RestartResponseException;
import org.ketaminetraining.people.ValidationException;
import org.ketaminetraining.web.layout.AccessDeniedPage;

/**
 * How the insight pages answer a service's refusal while loading: a caller without the role sees the access-denied
 * page; a programme or item that is not (or no longer) in the curriculum sends them to {@code orElse}, the page
 * without it, rather than to an error.
 */
final class Refusals {

    private Refusals() {
    }

    static <T> T load(Supplier<T> load, Class<? extends Page> orElse) {
        try {
            return load.get();
        } catch (SecurityException refused) {
            throw new RestartResponseException(AccessDeniedPage.class);
        } catch (ValidationException unknown) {
            throw new RestartResponseException(orElse);
        }
    }
}
