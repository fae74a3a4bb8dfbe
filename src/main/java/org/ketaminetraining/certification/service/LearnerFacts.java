package org.ketaminetraining.certification.service;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ketaminetraining.certification.rules.TimedAnswer;
import org.ketaminetraining.certification.store.AssessmentAttempt;
import org.ketaminetraining.certification.store.AttemptReset;
import org.ketaminetraining.certification.store.IssuedCertificate;
import org.ketaminetraining.scheduling.CardState;
import org.ketaminetraining.study.store.LearnerProfile;
import org.ketaminetraining.study.store.MemoryStateRow;

/**
 * Everything certification needs to know about one learner, read in a few queries: their answers (time and
 * correctness only), memory states, attempts, certificates and time zone. Loaded for many learners at once for the
 * completion report, with IN lists of bounded size.
 *
 * @param answers      question id to the learner's graded study answers
 * @param states       question id to the learner's memory state
 * @param attempts     oldest first
 * @param certificates oldest first
 * @param zone         the learner's time zone (their profile's, else the organisation's)
 * @param resets       programme id to the instant a manager last let the learner start afresh
 */
record LearnerFacts(long accountId, Map<Long, List<TimedAnswer>> answers, Map<Long, CardState> states,
        List<AssessmentAttempt> attempts, List<IssuedCertificate> certificates, ZoneId zone,
        Map<String, Instant> resets) {

    /** Accounts per IN list: well under every database's limit on bind parameters. */
    private static final int CHUNK = 500;

    static LearnerFacts load(EntityManager em, long accountId, ZoneId defaultZone) {
        return loadAll(em, List.of(accountId), defaultZone).get(accountId);
    }

    static Map<Long, LearnerFacts> loadAll(EntityManager em, Collection<Long> accountIds, ZoneId defaultZone) {
        Map<Long, Map<Long, List<TimedAnswer>>> answers = new HashMap<>();
        Map<Long, Map<Long, CardState>> states = new HashMap<>();
        Map<Long, List<AssessmentAttempt>> attempts = new HashMap<>();
        Map<Long, List<IssuedCertificate>> certificates = new HashMap<>();
        Map<Long, ZoneId> zones = new HashMap<>();
        Map<Long, Map<String, Instant>> resets = new HashMap<>();
        List<Long> ids = List.copyOf(Set.copyOf(accountIds));
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            for (Object[] row : em.createQuery("SELECT r.accountId, r.questionId, r.answeredAt, r.correct "
                    + "FROM ReviewLogEntry r WHERE r.accountId IN :ids", Object[].class)
                    .setParameter("ids", chunk).getResultList()) {
                answers.computeIfAbsent((Long) row[0], k -> new HashMap<>())
                        .computeIfAbsent((Long) row[1], k -> new ArrayList<>())
                        .add(new TimedAnswer((Instant) row[2], (Boolean) row[3]));
            }
            for (Object[] row : em.createQuery("SELECT s.accountId, s.questionId, " + MemoryStateRow.STATE_COLUMNS
                    + " FROM MemoryStateRow s WHERE s.accountId IN :ids", Object[].class)
                    .setParameter("ids", chunk).getResultList()) {
                states.computeIfAbsent((Long) row[0], k -> new HashMap<>())
                        .put((Long) row[1], MemoryStateRow.stateOf(row, 2));
            }
            for (AssessmentAttempt attempt : em.createQuery("SELECT a FROM AssessmentAttempt a "
                    + "WHERE a.accountId IN :ids ORDER BY a.startedAt, a.id", AssessmentAttempt.class)
                    .setParameter("ids", chunk).getResultList()) {
                attempts.computeIfAbsent(attempt.getAccountId(), k -> new ArrayList<>()).add(attempt);
            }
            for (IssuedCertificate certificate : em.createQuery("SELECT c FROM IssuedCertificate c "
                    + "WHERE c.accountId IN :ids ORDER BY c.issuedAt, c.id", IssuedCertificate.class)
                    .setParameter("ids", chunk).getResultList()) {
                certificates.computeIfAbsent(certificate.getAccountId(), k -> new ArrayList<>()).add(certificate);
            }
            for (LearnerProfile profile : em.createQuery("SELECT p FROM LearnerProfile p "
                    + "WHERE p.accountId IN :ids", LearnerProfile.class).setParameter("ids", chunk).getResultList()) {
                zones.put(profile.getAccountId(), ZoneId.of(profile.getTimeZone()));
            }
            for (AttemptReset reset : em.createQuery("SELECT r FROM AttemptReset r WHERE r.accountId IN :ids",
                    AttemptReset.class).setParameter("ids", chunk).getResultList()) {
                resets.computeIfAbsent(reset.getAccountId(), k -> new HashMap<>())
                        .put(reset.getProgrammeKey(), reset.getResetAt());
            }
        }
        Map<Long, LearnerFacts> facts = new HashMap<>();
        for (Long id : ids) {
            facts.put(id, new LearnerFacts(id, answers.getOrDefault(id, Map.of()), states.getOrDefault(id, Map.of()),
                    attempts.getOrDefault(id, List.of()), certificates.getOrDefault(id, List.of()),
                    zones.getOrDefault(id, defaultZone), resets.getOrDefault(id, Map.of())));
        }
        return facts;
    }
}
