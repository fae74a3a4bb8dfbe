package org.ketaminetraining.certification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import org.ketaminetraining.certification.rules.CertificateValidity;
import org.ketaminetraining.certification.rules.Oversight;
import org.ketaminetraining.certification.store.AssessmentAttempt;
import org.ketaminetraining.certification.store.AttemptReset;
import org.ketaminetraining.certification.store.IssuedCertificate;
import org.ketaminetraining.certification.store.TimeExtension;
import org.ketaminetraining.people.Role;
import org.ketaminetraining.people.ValidationException;
import org.ketaminetraining.people.model.Account;
import org.ketaminetraining.people.model.Department;
import org.ketaminetraining.people.service.AccessControl;
import org.ketaminetraining.people.service.AccessDeniedException;
import org.ketaminetraining.people.service.AccountStore;
import org.ketaminetraining.people.service.AuditTrail;
import org.ketaminetraining.people.service.SignedInUser;

/**
 * Oversight on JPA; see {@link ComplianceOversight}. An action is carried out only where the caller's completion
 * report offers it on the person's row ({@link Oversight}): the page and the service apply the one rule.
 */
@ApplicationScoped
public class JpaComplianceOversight implements ComplianceOversight {

    static final int MAX_REASON_LENGTH = 1000;
    static final int MAX_EXTRA_MINUTES = 600;

    @PersistenceContext(unitName = "ketamine-training")
    private EntityManager em;
    @Inject
    private Evaluations evaluations;
    @Inject
    private AttemptGrader grader;
    @Inject
    private LearnerLock lock;
    @Inject
    private AuditTrail audit;
    @Inject
    private AccountStore accounts;
    @Inject
    private AccessControl access;

    /**
     * Administrators oversee everyone; a manager oversees the people of the departments they manage. Roles and
     * managed departments are read as stored now, not as the caller's session remembers them.
     *
     * @return the caller as stored now
     * @throws SecurityException otherwise
     */
    private SignedInUser requireOverseer(SignedInUser caller, long accountId) {
        SignedInUser current = access.require(caller, Role.MANAGER, Role.ADMIN);
        if (current.has(Role.ADMIN)) {
            return current;
        }
        Account person = em.find(Account.class, accountId);
        if (person != null && person.getDepartments().stream().map(Department::getCode)
                .anyMatch(current.managedDepartmentCodes()::contains)) {
            return current;
        }
        throw new AccessDeniedException(caller.username() + " may not act on account " + accountId);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Verification> certificateToRevoke(SignedInUser caller, String code) {
        Optional<IssuedCertificate> found = IssuedCertificates.byCode(em, code);
        if (found.isEmpty()) {
            access.require(caller, Role.MANAGER, Role.ADMIN);
            return Optional.empty();
        }
        try {
            requireOverseer(caller, found.get().getAccountId());
        } catch (AccessDeniedException notTheirs) {
            access.require(caller, Role.MANAGER, Role.ADMIN);
            return Optional.empty();
        }
        return Optional.of(IssuedCertificates.verification(found.get(), evaluations.today()));
    }

    @Override
    @Transactional
    public void revoke(SignedInUser caller, String code, String reason) {
        IssuedCertificate certificate = IssuedCertificates.byCode(em, code).orElseThrow(
                () -> new IllegalArgumentException("There is no certificate " + code + "."));
        requireOverseer(caller, certificate.getAccountId());
        String why = reason(reason, "Give the reason for revoking the certificate.");
        if (certificate.isRevoked()) {
            throw ValidationException.of("reason", Oversight.Refusal.ALREADY_REVOKED.message());
        }
        Oversight.revocation(CertificateValidity.statusOn(certificate.getExpiresOn(), evaluations.today(), false))
                .ifPresent(refusal -> {
                    throw new IllegalArgumentException(refusal.message());
                });
        certificate.revoke(evaluations.now(), caller.username(), why);
        audit.record(caller.username(), "certificate.revoke", certificate.getCode(), why);
    }

    /** The reason given, stripped; refused when blank or too long. */
    private static String reason(String given, String whenBlank) {
        String why = given == null ? "" : given.strip();
        if (why.isEmpty()) {
            throw ValidationException.of("reason", whenBlank);
        }
        if (why.length() > MAX_REASON_LENGTH) {
            throw ValidationException.of("reason", "The reason is too long (at most " + MAX_REASON_LENGTH
                    + " characters).");
        }
        return why;
    }

    @Override
    @Transactional
    public void extendTimeLimit(SignedInUser caller, long accountId, String programmeId, int extraMinutes) {
        if (caller.accountId() == accountId) {
            throw new SecurityException(caller.username() + " may not extend their own time limit");
        }
        SignedInUser current = requireOverseer(caller, accountId);
        if (extraMinutes < 0 || extraMinutes > MAX_EXTRA_MINUTES) {
            throw ValidationException.of("minutes", "Enter 0 to " + MAX_EXTRA_MINUTES + " minutes.");
        }
        requireProgramme(programmeId);
        // An attempt whose time already ran out is finished as it stood; an extension does not revive it. The time
        // is read after the lock, so a wait for the lock that outlasts a deadline cannot revive it either.
        lock.lockIfStudying(accountId);
        Instant now = evaluations.now();
        grader.finishTimedOut(accountId, now);
        refuseUnlessOffered(current, accountId, programmeId, Oversight.Action.TIME_EXTENSION);
        TimeExtension extension = em.find(TimeExtension.class, new TimeExtension.Key(accountId, programmeId));
        int previous = extension == null ? 0 : extension.getExtraMinutes();
        if (extension == null) {
            em.persist(new TimeExtension(accountId, programmeId, extraMinutes, caller.username(), now));
        } else {
            extension.grant(extraMinutes, caller.username(), now);
        }
        em.createQuery("SELECT a FROM AssessmentAttempt a WHERE a.accountId = :account AND a.programmeKey = "
                + ":programme AND a.submittedAt IS NULL", AssessmentAttempt.class)
                .setParameter("account", accountId).setParameter("programme", programmeId).getResultList()
                .forEach(open -> open.extendBy(extraMinutes - previous));
        audit.record(caller.username(), "assessment.time-extension", username(accountId),
                programmeId + ": " + extraMinutes + " extra minutes");
    }

    @Override
    @Transactional
    public void allowNewAttempts(SignedInUser caller, long accountId, String programmeId, String reason) {
        if (caller.accountId() == accountId) {
            throw new SecurityException(caller.username() + " may not reset their own attempts");
        }
        SignedInUser current = requireOverseer(caller, accountId);
        String why = reason(reason, "Give the reason for allowing new attempts.");
        requireProgramme(programmeId);
        // The decision is the learner's as their own page shows it: an attempt whose time ran out counts as finished.
        lock.lockIfStudying(accountId);
        Instant now = evaluations.now();
        grader.finishTimedOut(accountId, now);
        refuseUnlessOffered(current, accountId, programmeId, Oversight.Action.NEW_ATTEMPTS);
        AttemptReset reset = em.find(AttemptReset.class, new TimeExtension.Key(accountId, programmeId));
        if (reset == null) {
            em.persist(new AttemptReset(accountId, programmeId, now, caller.username(), why));
        } else {
            reset.reset(now, caller.username(), why);
        }
        audit.record(caller.username(), "assessment.attempts-reset", username(accountId), programmeId + ": " + why);
    }

    private void requireProgramme(String programmeId) {
        if (evaluations.bank().programme(programmeId).isEmpty()) {
            throw ValidationException.of("programme", "There is no programme " + programmeId + ".");
        }
    }

    @Override
    @Transactional
    public Optional<CompletionReport.Row> completionRow(SignedInUser caller, long accountId, String programmeId) {
        SignedInUser current;
        try {
            current = requireOverseer(caller, accountId);
        } catch (AccessDeniedException notTheirs) {
            // A manager asking about someone outside their departments learns nothing, not even that they exist;
            // someone who is no manager at all is refused outright.
            access.require(caller, Role.MANAGER, Role.ADMIN);
            return Optional.empty();
        }
        return evaluations.reporter(accounts).row(current, accountId, programmeId);
    }

    @Override
    @Transactional
    public CompletionReport completionReport(SignedInUser caller, CompletionQuery query) {
        SignedInUser current = access.require(caller, Role.MANAGER, Role.ADMIN);
        return evaluations.reporter(accounts).report(current, query);
    }

    /**
     * Refuses, with the reason the report gives for not offering it, an action the caller's completion report does
     * not offer on this person's row.
     */
    private void refuseUnlessOffered(SignedInUser current, long accountId, String programmeId,
            Oversight.Action action) {
        CompletionReport.Row row = evaluations.reporter(accounts).row(current, accountId, programmeId)
                .orElseThrow(() -> new IllegalArgumentException(username(accountId) + " is not a trainee; the "
                        + "completion report has no row for them in " + programmeId + "."));
        row.oversight().refusal(action).ifPresent(refusal -> {
            throw new IllegalArgumentException(refusal.message());
        });
    }

    private String username(long accountId) {
        Account account = em.find(Account.class, accountId);
        return account == null ? "account " + accountId : account.getUsername();
    }
}
