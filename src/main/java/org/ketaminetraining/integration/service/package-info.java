/**
 * The services behind API tokens (CDI, JPA): administrators create, list and revoke them; the JSON API
 * authenticates a presented token and reads completion, certificates and assignments through {@link HrReports},
 * whose every method checks the token's caller itself (not revoked, not expired, the department among the
 * token's, its administrator still one).
 */
package org.ketaminetraining.integration.service;
