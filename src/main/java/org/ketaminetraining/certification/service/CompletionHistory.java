package org.ketaminetraining.certification.service;

import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ketaminetraining.certification.store.IssuedCertificate;
import org.ketaminetraining.compliance.CompletionTrend;

/**
 * The history a trend is computed from, read for many people at once in IN lists of bounded size: who was assigned
 * which programme when (person_assignment, whose rows are closed, never deleted) and every certificate issued to
 * them (with its revocation).
 */
final class CompletionHistory {

    /** Accounts per IN list: well under every database's limit. */
    static final int CHUNK = 500;

    /** Account id to its assignment spans, per programme id. */
    private final Map<String, Map<Long, List<CompletionTrend.Expected>>> spans = new HashMap<>();
    /** Programme id to account id to certificates. */
    private final Map<String, Map<Long, List<CompletionTrend.Held>>> certificates = new HashMap<>();

    private CompletionHistory() {
    }

    static CompletionHistory load(EntityManager em, Collection<Long> accountIds) {
        CompletionHistory history = new CompletionHistory();
        List<Long> ids = List.copyOf(new java.util.LinkedHashSet<>(accountIds));
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            // Native, since the assignment tables belong to the assignment service's entities; the ids are longs,
            // so writing them into the statement cannot inject anything.
            String in = chunk.stream().map(String::valueOf).collect(Collectors.joining(","));
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT account_id, programme_key, opened_at, closed_at "
                    + "FROM person_assignment WHERE account_id IN (" + in + ")").getResultList();
            for (Object[] row : rows) {
                long account = ((Number) row[0]).longValue();
                history.spans.computeIfAbsent((String) row[1], k -> new HashMap<>())
                        .computeIfAbsent(account, k -> new ArrayList<>())
                        .add(new CompletionTrend.Expected(account, instant(row[2]),
                                Optional.ofNullable(row[3]).map(CompletionHistory::instant)));
            }
            for (IssuedCertificate c : em.createQuery("SELECT c FROM IssuedCertificate c WHERE c.accountId IN :ids",
                    IssuedCertificate.class).setParameter("ids", chunk).getResultList()) {
                history.certificates.computeIfAbsent(c.getProgrammeKey(), k -> new HashMap<>())
                        .computeIfAbsent(c.getAccountId(), k -> new ArrayList<>())
                        .add(new CompletionTrend.Held(c.getAccountId(), c.getIssuedOn(), c.getExpiresOn(),
                                c.getRevokedAt()));
            }
        }
        return history;
    }

    /** The assignment spans of the programme among these people; empty when none of them was ever assigned it. */
    List<CompletionTrend.Expected> assigned(String programmeId, Collection<Long> people) {
        Map<Long, List<CompletionTrend.Expected>> byPerson = spans.getOrDefault(programmeId, Map.of());
        return people.stream().map(byPerson::get).filter(java.util.Objects::nonNull).flatMap(List::stream)
                .toList();
    }

    List<CompletionTrend.Held> certificates(String programmeId, Collection<Long> people) {
        Map<Long, List<CompletionTrend.Held>> byPerson = certificates.getOrDefault(programmeId, Map.of());
        return people.stream().map(byPerson::get).filter(java.util.Objects::nonNull).flatMap(List::stream)
                .toList();
    }

    /** A TIMESTAMP column as the driver hands it over; JPA writes instants in the JVM's zone. */
    private static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof LocalDateTime local) {
            return local.atZone(ZoneId.systemDefault()).toInstant();
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        throw new IllegalStateException("unexpected timestamp " + value.getClass());
    }
}
