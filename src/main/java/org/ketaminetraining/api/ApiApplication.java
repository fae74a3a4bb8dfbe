package org.ketaminetraining.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The JSON API at {@code /api}; its resources and providers are the annotated classes of this package. */
@ApplicationPath("/api")
public class ApiApplication extends Application {
}
