package org.ketaminetraining.certification.service;

/** What anyone may ask about certificates, signed in or not: a code's status, and the key to check files with. */
public interface CertificateVerification {

    /**
     * The public answer for a verification code, for anyone. Unknown and malformed codes get the same answer.
     */
    Verification verify(String code);

    /** The current public key (PEM) and its id, which the offline command and third parties verify with. */
    PublicKeyInfo publicKey();
}
