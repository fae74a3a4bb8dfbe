package org.ketaminetraining.certification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.ketaminetraining.bank.model.Programme;
import org.ketaminetraining.certification.rules.AssessmentResult;
import org.ketaminetraining.certification.rules.CertificateDates;
import org.ketaminetraining.certification.rules.CertificateValidity;
import org.ketaminetraining.certification.signing.AssessedRevision;
import org.ketaminetraining.certification.signing.CertificatePayload;
import org.ketaminetraining.certification.signing.SignedCertificate;
import org.ketaminetraining.certification.signing.VerificationCode;
import org.ketaminetraining.certification.store.AssessmentAttempt;
import org.ketaminetraining.certification.store.AttemptItem;
import org.ketaminetraining.certification.store.IssuedCertificate;
import org.ketaminetraining.people.model.Account;
import org.ketaminetraining.people.service.AuditTrail;
import org.ketaminetraining.config.AppSettings;
import org.ketaminetraining.study.service.BankCatalog;
import org.ketaminetraining.study.service.BankCatalog.RevisionContent;

/**
 * Issues the certificate a passed attempt earns: dates it by the programme's validity, signs it with the active key
 * and keeps the signed file, with an audit entry. Called only by {@link AttemptGrader}, inside the grading
 * transaction and under the learner's lock, so one attempt earns at most one certificate.
 */
@ApplicationScoped
public class CertificateIssuer {

    private static final Logger LOG = Logger.getLogger(CertificateIssuer.class.getName());
    /** Provider printed when the curriculum names none. */
    static final String DEFAULT_PROVIDER = "Ketamine Training";

    @PersistenceContext(unitName = "ketamine-training")
    private EntityManager em;
    @Inject
    private BankCatalog catalog;
    @Inject
    private SigningKeys keys;
    @Inject
    private AuditTrail audit;
    @Inject
    private AppSettings settings;
    @Inject
    private SecureRandom random;

    /**
     * Issues the certificate for a passed attempt, unless a certificate of the programme was revoked after the
     * attempt began: passing an attempt started before the revocation must not hand the certificate straight back.
     */
    void issueFor(AssessmentAttempt attempt, List<AttemptItem> items, AssessmentResult result, Instant at) {
        if (!result.passed() || revokedSince(attempt)) {
            return;
        }
        Account holder = em.find(Account.class, attempt.getAccountId());
        BankCatalog.Snapshot bank = catalog.current(em);
        Programme programme = bank.programme(attempt.getProgrammeKey()).orElseThrow(() -> new IllegalStateException(
                "programme " + attempt.getProgrammeKey() + " left the curriculum during the attempt"));
        LocalDate issuedOn = at.atZone(settings.zone()).toLocalDate();
        CertificateValidity validity = CertificateValidity.of(programme, issuedOn);
        List<AssessedRevision> revisions = new ArrayList<>();
        Map<Long, RevisionContent> contents = Attempts.contents(em, catalog, items);
        for (AttemptItem item : items) {
            RevisionContent revision = contents.get(item.getRevisionId());
            revisions.add(new AssessedRevision(revision.questionKey(), revision.revisionNumber()));
        }
        VerificationCode code = VerificationCode.generate(random);
        CertificatePayload payload = new CertificatePayload(code, holder.getDisplayName().strip(), programme.id(),
                programme.title(), attempt.getCurriculumVersion(), revisions,
                result.correct() * 1000 / result.total(), issuedOn, validity.expiresOn(),
                programme.provider().orElse(DEFAULT_PROVIDER),
                programme.contactHours().isPresent()
                        ? Optional.of(BigDecimal.valueOf(programme.contactHours().getAsDouble()))
                        : Optional.empty());
        SignedCertificate signed = keys.signer().signCertificate(payload);
        em.persist(new IssuedCertificate(new IssuedCertificate.Facts(code.canonical(), holder.getId(),
                programme.id(), attempt.getId(), payload.holderName(), programme.title(), issuedOn,
                validity.expiresOn(), at, signed.keyId(), signed.toJson())));
        audit.record(holder.getUsername(), "certificate.issue", code.canonical(), programme.id() + ", valid through "
                + CertificateDates.inWords(validity.validThrough()));
        LOG.info(() -> "Issued certificate " + code + " for " + programme.id() + " to " + holder.getUsername());
    }

    private boolean revokedSince(AssessmentAttempt attempt) {
        return em.createQuery("SELECT COUNT(c) FROM IssuedCertificate c WHERE c.accountId = :account AND "
                + "c.programmeKey = :programme AND c.revokedAt >= :started", Long.class)
                .setParameter("account", attempt.getAccountId()).setParameter("programme", attempt.getProgrammeKey())
                .setParameter("started", attempt.getStartedAt()).getSingleResult() > 0;
    }
}
