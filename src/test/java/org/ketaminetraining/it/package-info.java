/**
 * Integration tests (*IT, run by failsafe in {@code mvn verify}): Arquillian tests inside the real Open Liberty
 * test server on embedded Derby, the entity round trip on Derby and PostgreSQL, and browser tests in Debian's
 * Chromium against the deployed app. The server's database is shared, so no test assumes empty tables.
 */
package org.ketaminetraining.it;
