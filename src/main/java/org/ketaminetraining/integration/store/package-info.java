/** The stored API tokens (JPA): hashes, departments, who created and revoked them. */
package org.ketaminetraining.integration.store;
