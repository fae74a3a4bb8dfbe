/**
 * A certificate as an Open Badges 3.0 credential (1EdTech Open Badges Specification 3.0, built on the W3C
 * Verifiable Credentials Data Model 2.0), signed so that badge wallets, backpacks and employers' systems can check
 * it without asking us, alongside the signed certificate file of {@code certification.signing}.
 *
 * <ul>
 *   <li>{@link org.ketaminetraining.certification.badge.OpenBadgeCredential}: the unsigned
 *       {@code OpenBadgeCredential} JSON for a {@code CertificatePayload}; says where each fact goes and why.</li>
 *   <li>{@link org.ketaminetraining.certification.badge.BadgeIssuer}: the issuer's id and where its public keys are
 *       published.</li>
 *   <li>{@link org.ketaminetraining.certification.badge.BadgeSigner} and
 *       {@link org.ketaminetraining.certification.badge.BadgeVerifier}: the credential as a VC-JWT (compact JWS
 *       with Ed25519, "EdDSA"), and its verification.</li>
 *   <li>{@link org.ketaminetraining.certification.badge.PublicJwk}: the public key as the JWK document its
 *       {@code kid} URL serves.</li>
 * </ul>
 *
 * <h2>Why VC-JWT and not a Data Integrity proof</h2>
 * Open Badges 3.0 offers two proof formats: the "JSON Web Token Proof Format" (VC-JWT, an external proof: the
 * credential is the payload of a JWS) and Linked Data proofs (an embedded {@code proof} object), for which the
 * specification names the Data Integrity EdDSA cryptosuites. Their usual form, {@code eddsa-rdfc-2022}, signs the
 * credential's RDF dataset canonicalised with RDFC-1.0. That needs a JSON-LD processor (expansion against the VC
 * and Open Badges contexts, which must be bundled or fetched) and the RDF canonicalisation algorithm; the JDK has
 * neither, both are large and subtle, and a library for them would break this package's JDK-only rule (the
 * verifier of a certificate should need nothing an auditor cannot read). A JWS needs only base64url, JSON and
 * Ed25519, all here or in the JDK, and it signs the bytes as sent, so there is no canonical form to agree on. (The
 * JSON-canonicalisation variant {@code eddsa-jcs-2022} would also be feasible with the JDK; it was not chosen
 * because whether the 1EdTech conformance tools accept it has not been checked.)
 *
 * <h2>Why not Nimbus JOSE+JWT: measured</h2>
 * Issue #14 asked to use Nimbus (or the JDK's base64url) for the JWS and JWK code unless a measured reason says
 * otherwise. Nimbus 10.10 reads these badges and key documents as we mean them ({@code NimbusInteropTest}, test
 * scope), but it cannot make or check them as strictly:
 * <ul>
 *   <li>Base64url. Nimbus decodes leniently: {@code -_8Afw==} (padding), {@code +/8Afw} (the other alphabet),
 *       {@code -_8Afx} (unused bits set), {@code -_8A fw} and {@code -_8A!fw} all give the bytes of
 *       {@code -_8Afw}, and {@code JWSObject.parse} takes a signature respelled in its last character. A badge
 *       would have several spellings that verify; {@code Base64Url} admits one.</li>
 *   <li>Ed25519. Nimbus's {@code Ed25519Signer} and {@code Ed25519Verifier} call Google Tink
 *       ({@code com.google.crypto.tink.subtle.Ed25519Sign}, {@code Ed25519Verify}; Tink 1.23, an optional
 *       dependency in Nimbus's pom, with its own), for what the JDK has done since version 15 and the certificates
 *       already use. Nimbus has no signer over the JDK's EdDSA; using the JDK through Nimbus means writing a
 *       {@code JWSSigner} and a {@code JWSVerifier} of our own around {@code CertificateSigner}, which is what
 *       {@code CompactJws} already is.</li>
 *   <li>Member order. A header Nimbus builds comes out as {@code {"kid","typ","alg"}}, a payload from a map in
 *       hash order, and its JWK puts {@code kid} before {@code x}: the badges issued before could not be issued
 *       again to the byte ({@code IssuedBadgeFixturesTest}).</li>
 *   <li>Keys. {@code OctetKeyPair} cannot give a {@code java.security.PublicKey} ("Export to
 *       java.security.PublicKey not supported") and takes an {@code x} of the wrong length.</li>
 * </ul>
 * With all of that kept in front of it, Nimbus would split at two dots and join the signing input: some 15 lines
 * of {@code CompactJws}. The base64url is the JDK's own ({@code java.util.Base64}) with the one-spelling check. The
 * hospital-integration work can take Nimbus into compile scope for OpenID Connect; the version is tested here.
 *
 * <h2>Known limitations</h2>
 * <ul>
 *   <li>No Linked Data proof: a verifier that accepts only embedded proofs cannot check these badges.</li>
 *   <li>The algorithm is EdDSA (Ed25519), the key the certificates already use. Open Badges 3.0 requires verifiers
 *       to support RS256 "as a minimum" and says other algorithms are permitted but limit interoperability; a
 *       verifier that knows only RS256 will not check these badges. Adding RS256 (an RSA key; the JDK has it) is
 *       the remedy if a partner needs it. RFC 9864 now prefers the fully specified name "Ed25519" to "EdDSA"; the
 *       signer writes "EdDSA", which current verifiers know, and the verifier accepts both.</li>
 *   <li>The web layer must serve each key's {@link org.ketaminetraining.certification.badge.PublicJwk} at its
 *       kid URL, and ideally a JSON {@code Profile} at the issuer id; neither is in this package.</li>
 *   <li>No {@code credentialStatus}: revocation is shown by the public verification page, which the badge links to
 *       as its evidence, not by a status list a verifier could check automatically.</li>
 *   <li>No badge image, and no {@code credentialSchema}.</li>
 *   <li>Dates are the certificate's calendar dates read as midnight UTC (see
 *       {@link org.ketaminetraining.certification.badge.OpenBadgeCredential}).</li>
 *   <li>The holder's name is in plain text ({@code hashed: false}), as on the certificate: anyone the badge is
 *       shared with can read it.</li>
 * </ul>
 *
 * <p>Pure and JDK-only, like {@code certification.signing}, whose payload it reads: no clock (the moment for
 * {@link org.ketaminetraining.certification.badge.BadgeVerifier#verifyAt} is handed in), no randomness (Ed25519
 * signing is deterministic), no framework, no third-party JSON or JOSE library: JSON is read and written by
 * {@code certification.json}, the strict reader and writer the certificates use too.
 */
package org.ketaminetraining.certification.badge;
