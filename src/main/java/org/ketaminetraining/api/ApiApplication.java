package org.ketaminetraining.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The JSON API at {@code /api}; its resources and providers are the annotated classes of this package. Liberty's
 * MicroProfile OpenAPI describes it at {@code /openapi} (and {@code /openapi/ui}) from these annotations.
 */
@ApplicationPath("/api")
@OpenAPIDefinition(info = @Info(title = "Ketamine Training API", version = "1",
        description = "Public certificate verification, and read-only completion, certificates and assignments for "
                + "HR systems with an API token that an administrator creates (Administration, API tokens)."))
@SecurityScheme(securitySchemeName = ApiApplication.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "An API token: Authorization: Bearer kt_... (shown once when an administrator creates it)")
public class ApiApplication extends Application {

    static final String BEARER = "bearerToken";
}
