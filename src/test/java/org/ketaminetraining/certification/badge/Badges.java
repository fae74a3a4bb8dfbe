package org.ketaminetraining.certification.badge;

import java.security.KeyPair;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import org.ketaminetraining.certification.signing.CertificateSigner;

/** Reproducible keys shared by the badge tests. */
final class Badges {

    private Badges() {
    }

    /** An Ed25519 key pair that is the same for the same seed (SHA1PRNG seeded before first use). */
    static KeyPair keys(long seed) {
        try {
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(seed);
            return CertificateSigner.generateKeyPair(random);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
