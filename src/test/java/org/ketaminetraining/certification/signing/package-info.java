/**
 * Tests of the certificate signing core: the promises a verifier relies on (a genuine certificate verifies, any
 * changed byte or another key fails, the canonical bytes never drift) pinned with golden values and properties, and
 * the offline command run as a user would run it, on files in a temporary directory.
 */
package org.ketaminetraining.certification.signing;
