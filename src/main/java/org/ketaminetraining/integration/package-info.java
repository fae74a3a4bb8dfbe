/**
 * Integrations with other systems (HR systems reading the JSON API): the API token's format and hashing, and the
 * paging of the API's lists. Pure: randomness is handed in, no server, page or database. The tokens' storage is
 * in {@code store}, the services in {@code service}.
 */
package org.ketaminetraining.integration;
