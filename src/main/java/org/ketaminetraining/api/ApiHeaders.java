package org.ketaminetraining.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import org.ketaminetraining.http.SecurityHeaders;

/**
 * Every answer under {@code /api}, errors included, carries the pages' security headers, a policy for data that
 * lets nothing load and nobody frame it, and no-store: a lookup's answer changes when a certificate is revoked.
 */
@Provider
public class ApiHeaders implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        MultivaluedMap<String, Object> headers = response.getHeaders();
        SecurityHeaders.EVERY_ANSWER.forEach(headers::putSingle);
        headers.putSingle(SecurityHeaders.CONTENT_SECURITY_POLICY, SecurityHeaders.DATA_CONTENT_SECURITY_POLICY);
        headers.putSingle(SecurityHeaders.CACHE_CONTROL, SecurityHeaders.NO_STORE);
    }
}
