/**
 * Certification: when a learner has studied enough to sit the final assessment, how that assessment is drawn and
 * passed, the certificate's life (expiry, renewal, revocation) and whether a holder's knowledge is still current.
 *
 * <p>The rules live in the pure sub-package {@code rules}, which is handed facts, dates, instants and random
 * sources and never looks them up itself; storing attempts and certificates, issuing and verifying them belongs to
 * the services beside it.
 */
package org.ketaminetraining.certification;
