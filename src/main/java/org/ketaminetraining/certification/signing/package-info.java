/**
 * The signing core of certificates: what a certificate says, how those words become exactly one sequence of bytes,
 * and how an Ed25519 signature over those bytes lets anyone check a certificate without asking us.
 *
 * <p>Why it exists: a certificate that only our database can vouch for is worth as much as our uptime and our
 * word. Signing the certificate's canonical payload with a key whose public half is published lets an employer, an
 * auditor or a regulator verify a downloaded certificate file offline, years later, with nothing but a JDK (or
 * {@code jq} and {@code openssl}, see {@link org.ketaminetraining.certification.signing.SignedCertificate}).
 *
 * <ul>
 *   <li>{@link org.ketaminetraining.certification.signing.VerificationCode}: the unguessable code printed on a
 *       certificate and typed into the public verification page.</li>
 *   <li>{@link org.ketaminetraining.certification.signing.CertificatePayload}: the signed facts.</li>
 *   <li>{@link org.ketaminetraining.certification.signing.CanonicalPayload}: payload to canonical JSON bytes and
 *       back; the byte format is specified there so an independent verifier can reproduce it.</li>
 *   <li>{@link org.ketaminetraining.certification.signing.CertificateSigner}: Ed25519 signing and verification,
 *       PEM encoding of keys, key ids.</li>
 *   <li>{@link org.ketaminetraining.certification.signing.SignedCertificate}: the downloadable certificate file.</li>
 *   <li>{@link org.ketaminetraining.certification.signing.VerifyCertificate}: the offline verification command.</li>
 * </ul>
 *
 * <p>Everything here is plain Java (JDK only: {@code java.security}'s own Ed25519, no third-party libraries) and
 * pure: nothing reads a clock or a global random source. Dates arrive in the payload, randomness arrives as a
 * {@link java.security.SecureRandom} argument, and keys are handed in by whoever stores them.
 *
 * <p>JSON is read and written by {@code certification.json}, the strict reader and writer shared with the badges;
 * what a certificate refuses beyond that ({@code true}, {@code false}, {@code null}, fractions) is checked here, in
 * {@code Json}.
 */
package org.ketaminetraining.certification.signing;
