package org.ketaminetraining.web.component;

import org.apache.wicket.request.resource.IResource;
import org.apache.wicket.request.resource.ResourceReference;
import org.danekja.java.util.function.serializable.SerializableSupplier;

/**
 * A reference to a resource built afresh for every request (so it receives its services on creation and keeps
 * no state between requests), for the application to mount and for pages to link to.
 */
public final class FreshResource {

    private FreshResource() {
    }

    /** A reference named {@code name} in {@code scope}'s package, whose resource {@code factory} builds. */
    public static ResourceReference of(Class<?> scope, String name, SerializableSupplier<IResource> factory) {
        return new ResourceReference(scope, name) {
            private static final long serialVersionUID = 1L;

            @Override
            public IResource getResource() {
                return factory.get();
            }
        };
    }
}
