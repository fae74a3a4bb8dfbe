package org.ketaminetraining.certification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.ketaminetraining.certification.signing.CertificateSigner;

/** Public verification on JPA; see {@link CertificateVerification}. Reads only. */
@ApplicationScoped
public class PublicVerification implements CertificateVerification {

    @PersistenceContext(unitName = "ketamine-training")
    private EntityManager em;
    @Inject
    private Evaluations evaluations;
    @Inject
    private SigningKeys keys;
    @Inject
    private CertificateRenderer renderer;

    @Override
    @Transactional
    public Verification verify(String code) {
        return IssuedCertificates.byCode(em, code)
                .map(certificate -> IssuedCertificates.verification(certificate, evaluations.today()))
                .orElse(Verification.unknown());
    }

    @Override
    @Transactional
    public PublicKeyInfo publicKey() {
        CertificateSigner signer = keys.signer();
        return new PublicKeyInfo(signer.keyId(), CertificateSigner.publicKeyToPem(signer.publicKey()),
                renderer.jwk(keys.activeKeys()));
    }
}
