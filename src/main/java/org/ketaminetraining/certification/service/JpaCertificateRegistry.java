package org.ketaminetraining.certification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ketaminetraining.bank.model.Programme;
import org.ketaminetraining.certification.rules.CertificateValidity;
import org.ketaminetraining.certification.signing.CertificateFormatException;
import org.ketaminetraining.certification.signing.SignedCertificate;
import org.ketaminetraining.certification.store.IssuedCertificate;
import org.ketaminetraining.people.Role;
import org.ketaminetraining.people.service.AccessControl;
import org.ketaminetraining.people.service.AccessDeniedException;
import org.ketaminetraining.people.service.SignedInUser;
import org.ketaminetraining.study.service.BankCatalog;

/** A holder's certificates and files on JPA; see {@link CertificateRegistry}. Reads only. */
@ApplicationScoped
public class JpaCertificateRegistry implements CertificateRegistry {

    @PersistenceContext(unitName = "ketamine-training")
    private EntityManager em;
    @Inject
    private Evaluations evaluations;
    @Inject
    private AccessControl access;
    @Inject
    private SigningKeys keys;
    @Inject
    private CertificateRenderer renderer;

    @Override
    @Transactional
    public List<CertificateSummary> certificates(long accountId) {
        Instant now = evaluations.now();
        BankCatalog.Snapshot bank = evaluations.bank();
        LearnerFacts facts = evaluations.facts(accountId);
        StandingEvaluator evaluator = evaluations.evaluator(bank, now);
        // The current certificate of each programme as the standing shows it (refresher and renewal included).
        Map<String, CertificateSummary> current = new HashMap<>();
        for (Programme programme : bank.programmes()) {
            evaluator.evaluate(programme, facts).standing().certificate()
                    .ifPresent(summary -> current.put(summary.code(), summary));
        }
        LocalDate today = evaluations.today();
        List<CertificateSummary> all = new ArrayList<>();
        for (IssuedCertificate certificate : facts.certificates()) {
            String display = StandingEvaluator.displayCode(certificate.getCode());
            all.add(current.getOrDefault(display, StandingEvaluator.summary(certificate,
                    CertificateValidity.statusOn(certificate.getExpiresOn(), today, certificate.isRevoked()),
                    false, false)));
        }
        Collections.reverse(all);
        return all;
    }

    @Override
    @Transactional
    public Optional<CertificateFiles> files(SignedInUser caller, String code) {
        Optional<IssuedCertificate> found = IssuedCertificates.byCode(em, code);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        IssuedCertificate certificate = found.get();
        SignedInUser current = access.require(caller, Role.values());
        if (certificate.getAccountId() != current.accountId() && !current.has(Role.ADMIN)) {
            // Every file carries the score (the signed file, the PDF that embeds it, the badge's result), and
            // managers never see scores: they have the status in their report and /verify for any certificate.
            throw new AccessDeniedException(caller.username() + " may not have the files of certificate " + code
                    + ": only its holder and administrators may");
        }
        if (certificate.isRevoked()) {
            // A revoked certificate is not handed out again as a clean PDF or a badge that verifies offline.
            return Optional.empty();
        }
        SignedCertificate signed;
        try {
            signed = SignedCertificate.parse(certificate.getSignedFile().getBytes(StandardCharsets.UTF_8));
        } catch (CertificateFormatException e) {
            throw new IllegalStateException("stored certificate " + code + " does not parse", e);
        }
        return Optional.of(renderer.files(signed, keys.activeKeys()));
    }
}
