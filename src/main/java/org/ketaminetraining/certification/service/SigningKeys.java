package org.ketaminetraining.certification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.ketaminetraining.certification.signing.CertificateSigner;
import org.ketaminetraining.certification.store.SigningKeyRow;

/**
 * The installation's certificate signing key: created once, at the first start, and kept in the database. Read
 * keys are cached (a key never changes; only which one is active could, and there is no rotation yet).
 */
@ApplicationScoped
public class SigningKeys {

    private static final Logger LOG = Logger.getLogger(SigningKeys.class.getName());

    @PersistenceContext(unitName = "ketamine-training")
    private EntityManager em;
    @Inject
    private SecureRandom random;
    @Inject
    private Clock clock;

    private volatile KeyPair active;

    /** Creates the signing key if there is none; called once at start-up. */
    @Transactional
    public void ensure() {
        if (activeRow().isEmpty()) {
            KeyPair keys = CertificateSigner.generateKeyPair(random);
            String keyId = CertificateSigner.keyId(keys.getPublic());
            em.persist(new SigningKeyRow(keyId, CertificateSigner.publicKeyToPem(keys.getPublic()),
                    CertificateSigner.privateKeyToPem(keys.getPrivate()), clock.instant()));
            LOG.info(() -> "Created the certificate signing key " + keyId);
        }
    }

    /** The signer with the active key, inside the caller's transaction. */
    public CertificateSigner signer() {
        return new CertificateSigner(activeKeys());
    }

    /** The active key pair: certificates and badges are signed with the same key. */
    KeyPair activeKeys() {
        KeyPair known = active;
        if (known != null) {
            return known;
        }
        SigningKeyRow row = activeRow().orElseThrow(() -> new IllegalStateException(
                "no certificate signing key; the start-up sequence creates one"));
        KeyPair keys = new KeyPair(CertificateSigner.publicKeyFromPem(row.getPublicPem()),
                CertificateSigner.privateKeyFromPem(row.getPrivatePem()));
        active = keys;
        return keys;
    }

    /** A public key by id, active or retired, to check a certificate it signed. */
    public Optional<PublicKey> publicKey(String keyId) {
        return Optional.ofNullable(em.find(SigningKeyRow.class, keyId))
                .map(row -> CertificateSigner.publicKeyFromPem(row.getPublicPem()));
    }

    private Optional<SigningKeyRow> activeRow() {
        List<SigningKeyRow> rows = em.createQuery("SELECT k FROM SigningKeyRow k WHERE k.active = :yes "
                + "ORDER BY k.createdAt DESC", SigningKeyRow.class).setParameter("yes", Boolean.TRUE).getResultList();
        return rows.stream().findFirst();
    }
}
