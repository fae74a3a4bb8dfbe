package org.ketaminetraining.certification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.ketaminetraining.bank.model.Programme;
import org.ketaminetraining.certification.rules.AttemptDecision;
import org.ketaminetraining.certification.rules.TimedAnswer;
import org.ketaminetraining.config.AppSettings;
import org.ketaminetraining.people.Role;
import org.ketaminetraining.study.service.BankCatalog;

/**
 * Stored copies of where every trainee stands in every programme, so that reports over thousands of people read a
 * row per person and programme instead of replaying everyone's answers (two million answers take seconds to read;
 * the stored rows take milliseconds).
 *
 * <p>A copy is used only while it is certainly still right; otherwise the person is evaluated afresh, so a report
 * is never wrong, only slower when many copies are out of date. A copy is out of date when:
 * <ul>
 *   <li>the bank changed since it was made (another import applied: items and programmes may differ);</li>
 *   <li>its {@code valid_until} passed: the organisation's next midnight (certificate dates, "expiring soon" and
 *       predicted recall move with the days), or the end of an assessment cooldown; a person with an attempt under
 *       way is never copied, since the sweep may grade it as of its deadline, in the past;</li>
 *   <li>the person answered, started or finished an attempt, was certified or revoked, or had attempts reset after
 *       {@link #COMMIT_LAG} before the copy was made: a transaction that stamped its change before the copy but
 *       committed after it must not be missed.</li>
 * </ul>
 * Reads never write: the report uses what is right and evaluates the rest in memory; only the scheduled refresh
 * ({@link CertificationSweep}) stores copies. A learner's time-zone change (which moves their study days) reaches the
 * copy at the next midnight.
 */
@ApplicationScoped
public class StandingSnapshots {

    /** How much earlier than a copy a change may be stamped and still be missed by it. */
    static final Duration COMMIT_LAG = Duration.ofMinutes(2);
    /** Accounts per IN list and per refresh transaction. */
    static final int CHUNK = 500;

    @PersistenceContext(unitName = "ketamine-training")
    private EntityManager em;
    @Inject
    private Evaluations evaluations;
    @Inject
    private AppSettings settings;

    /**
     * The stored standings of these people still right at {@code now}: account to programme to standing, only for
     * people whose every programme has a right copy. Everyone else must be evaluated.
     */
    static Map<Long, Map<String, ReportedStanding>> stillRight(EntityManager em, Collection<Long> accountIds,
            BankCatalog.Snapshot bank, Instant now) {
        // Columns, not entities: a report of the whole organisation reads 20,000 copies, and entities would each be
        // registered with the persistence context only to be read once.
        Map<Long, List<Copy>> byAccount = new HashMap<>();
        List<Long> ids = List.copyOf(new LinkedHashSet<>(accountIds));
        for (int from = 0; from < ids.size(); from += CHUNK) {
            for (Object[] row : em.createQuery("SELECT s.accountId, s.programmeKey, s.evaluatedAt, s.status, "
                    + "s.learnedPercent, s.issuedOn, s.validThrough, s.certificateCode, s.certificateStatus, "
                    + "s.attemptsVerdict, s.lastActivity FROM StoredStanding s WHERE s.accountId IN :ids "
                    + "AND s.bankVersion = :version AND s.validUntil > :now", Object[].class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
                    .setParameter("version", bank.appliedImports()).setParameter("now", now).getResultList()) {
                byAccount.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add(new Copy((String) row[1],
                        (Instant) row[2], ReportedStanding.of(row)));
            }
        }
        if (byAccount.isEmpty()) {
            return Map.of();
        }
        Instant oldest = byAccount.values().stream().flatMap(List::stream).map(Copy::evaluatedAt)
                .min(Comparator.naturalOrder()).orElseThrow();
        Map<Long, Instant> changes = lastChanges(em, oldest.minus(COMMIT_LAG));
        Set<String> programmes = new java.util.HashSet<>();
        bank.programmes().forEach(p -> programmes.add(p.id()));
        Map<Long, Map<String, ReportedStanding>> right = new HashMap<>();
        byAccount.forEach((account, copies) -> {
            Instant changed = changes.get(account);
            Map<String, ReportedStanding> standings = new HashMap<>();
            for (Copy copy : copies) {
                if (changed == null || changed.isBefore(copy.evaluatedAt().minus(COMMIT_LAG))) {
                    standings.put(copy.programmeId(), copy.standing());
                }
            }
            if (standings.keySet().containsAll(programmes)) {
                right.put(account, standings);
            }
        });
        return right;
    }

    /** One stored copy, as read for a report. */
    private record Copy(String programmeId, Instant evaluatedAt, ReportedStanding standing) {
    }

    /**
     * Per account, the latest time stamped on a change to their certification facts after {@code since}: answers,
     * attempts started or submitted, certificates issued or revoked, attempts reset.
     */
    static Map<Long, Instant> lastChanges(EntityManager em, Instant since) {
        Map<Long, Instant> changes = new HashMap<>();
        for (String jpql : List.of(
                "SELECT r.accountId, MAX(r.answeredAt) FROM ReviewLogEntry r WHERE r.answeredAt > :since "
                        + "GROUP BY r.accountId",
                "SELECT a.accountId, MAX(a.startedAt) FROM AssessmentAttempt a WHERE a.startedAt > :since "
                        + "GROUP BY a.accountId",
                "SELECT a.accountId, MAX(a.submittedAt) FROM AssessmentAttempt a WHERE a.submittedAt > :since "
                        + "GROUP BY a.accountId",
                "SELECT c.accountId, MAX(c.issuedAt) FROM IssuedCertificate c WHERE c.issuedAt > :since "
                        + "GROUP BY c.accountId",
                "SELECT c.accountId, MAX(c.revokedAt) FROM IssuedCertificate c WHERE c.revokedAt > :since "
                        + "GROUP BY c.accountId",
                "SELECT r.accountId, MAX(r.resetAt) FROM AttemptReset r WHERE r.resetAt > :since "
                        + "GROUP BY r.accountId")) {
            for (Object[] row : em.createQuery(jpql, Object[].class).setParameter("since", since).getResultList()) {
                changes.merge((Long) row[0], (Instant) row[1], (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        return changes;
    }

    /** One person in every programme, evaluated now from their facts. */
    static Map<String, ReportedStanding> evaluate(StandingEvaluator evaluator, BankCatalog.Snapshot bank,
            LearnerFacts facts) {
        Map<String, ReportedStanding> standings = new HashMap<>();
        for (Programme programme : bank.programmes()) {
            StandingEvaluator.Evaluation evaluation = evaluator.evaluate(programme, facts);
            standings.put(programme.id(), ReportedStanding.of(evaluation.standing(),
                    lastActivity(bank, programme, facts)));
        }
        return standings;
    }

    /** The person's last study answer to an item of the programme, or last assessment attempt of it. */
    static Optional<Instant> lastActivity(BankCatalog.Snapshot bank, Programme programme, LearnerFacts facts) {
        Optional<Instant> studied = bank.itemsOf(programme).stream()
                .map(item -> facts.answers().get(item.questionId())).filter(Objects::nonNull)
                .flatMap(List::stream).map(TimedAnswer::answeredAt).max(Comparator.naturalOrder());
        Optional<Instant> assessed = facts.attempts().stream()
                .filter(attempt -> attempt.getProgrammeKey().equals(programme.id()))
                .map(attempt -> attempt.getSubmittedAt().orElse(attempt.getStartedAt()))
                .max(Comparator.naturalOrder());
        return Stream.of(studied, assessed).flatMap(Optional::stream).max(Comparator.naturalOrder());
    }

    /**
     * Enabled trainees without a right copy of their standing in every programme, for the refresh.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Long> staleTrainees() {
        em.setFlushMode(jakarta.persistence.FlushModeType.COMMIT);
        List<Long> trainees = em.createQuery("SELECT DISTINCT a.id FROM Account a JOIN a.roles r "
                + "WHERE a.enabled = TRUE AND r = :role ORDER BY a.id", Long.class)
                .setParameter("role", Role.TRAINEE).getResultList();
        Set<Long> right = stillRight(em, trainees, evaluations.bank(), evaluations.now()).keySet();
        return trainees.stream().filter(id -> !right.contains(id)).toList();
    }

    /**
     * Evaluates these people in every programme and stores the copies, replacing older ones, in one transaction.
     * Two servers refreshing the same person at once collide on the key; the loser's transaction rolls back and the
     * next refresh finds the copy right.
     */
    @Transactional
    public void refresh(List<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return;
        }
        if (accountIds.size() > CHUNK) {
            throw new IllegalArgumentException("at most " + CHUNK + " accounts per refresh");
        }
        // Reads before writes, and thousands of entities read: no change check before every query.
        em.setFlushMode(jakarta.persistence.FlushModeType.COMMIT);
        BankCatalog.Snapshot bank = evaluations.bank();
        Instant now = evaluations.now();
        ZoneId zone = settings.zone();
        StandingEvaluator evaluator = evaluations.evaluator(bank, now);
        Instant midnight = evaluator.today().plusDays(1).atStartOfDay(zone).toInstant();
        Map<Long, LearnerFacts> facts = LearnerFacts.loadAll(em, accountIds, zone);
        em.createQuery("DELETE FROM StoredStanding s WHERE s.accountId IN :ids").setParameter("ids", accountIds)
                .executeUpdate();
        for (Long account : accountIds) {
            LearnerFacts learner = facts.get(account);
            for (Programme programme : bank.programmes()) {
                StandingEvaluator.Evaluation evaluation = evaluator.evaluate(programme, learner);
                ReportedStanding standing = ReportedStanding.of(evaluation.standing(),
                        lastActivity(bank, programme, learner));
                em.persist(standing.toStored(account, programme.id(), now, validUntil(evaluation, now, midnight),
                        bank.appliedImports()));
            }
        }
    }

    /** Until when a copy of this evaluation stays right without new facts (see the class comment). */
    static Instant validUntil(StandingEvaluator.Evaluation evaluation, Instant now, Instant midnight) {
        if (evaluation.openAttempt().isPresent()) {
            return now;
        }
        AttemptDecision decision = evaluation.standing().decision();
        return decision.notBefore().filter(midnight::isAfter).orElse(midnight);
    }
}
