package org.ketaminetraining.compliance.service;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ketaminetraining.compliance.Due;
import org.ketaminetraining.compliance.DueRules;
import org.ketaminetraining.compliance.HeldCertificate;

/**
 * The facts due dates need for many people at once, read in a few batched queries (IN lists of bounded size, never
 * a query per person): their open assignment rows with the assignments' schedules and their start days. The
 * caller adds the certificates it already holds (the completion report reads them for the status anyway).
 */
public final class DueDates {

    /** Accounts per IN list, as for the learner facts: well under every database's limit on bind parameters. */
    static final int CHUNK = 500;

    /** One open row of a person's assignment, with what its due date needs. */
    public record OpenRow(long rowId, long assignmentId, String programmeKey, Instant openedAt, Assignment assignment) {
    }

    private final Map<Long, List<OpenRow>> openByAccount;
    private final Map<Long, LocalDate> startDays;
    private final ZoneId zone;

    private DueDates(Map<Long, List<OpenRow>> openByAccount, Map<Long, LocalDate> startDays, ZoneId zone) {
        this.openByAccount = openByAccount;
        this.startDays = startDays;
        this.zone = zone;
    }

    /**
     * Reads the open rows and start days of these accounts.
     *
     * @param zone the organisation's time zone: start and assignment days are its calendar days
     */
    public static DueDates load(EntityManager em, Collection<Long> accountIds, ZoneId zone) {
        Map<Long, List<Object[]>> rows = new HashMap<>();
        Map<Long, LocalDate> startDays = new HashMap<>();
        Set<Long> assignmentIds = new HashSet<>();
        List<Long> ids = List.copyOf(Set.copyOf(accountIds));
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            for (Object[] row : em.createQuery("SELECT r.accountId, r.id, r.assignmentId, r.programmeKey, "
                    + "r.openedAt FROM PersonAssignmentRow r WHERE r.closedAt IS NULL AND r.accountId IN :ids "
                    + "ORDER BY r.openedAt, r.id", Object[].class).setParameter("ids", chunk).getResultList()) {
                rows.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add(row);
                assignmentIds.add((Long) row[2]);
            }
            for (Object[] row : em.createQuery("SELECT a.id, a.startDate, a.createdAt FROM Account a "
                    + "WHERE a.id IN :ids", Object[].class).setParameter("ids", chunk).getResultList()) {
                startDays.put((Long) row[0], row[1] != null ? (LocalDate) row[1]
                        : ((Instant) row[2]).atZone(zone).toLocalDate());
            }
        }
        Map<Long, Assignment> assignments = new HashMap<>();
        if (!assignmentIds.isEmpty()) {
            // Assignments are few (tens), whatever the number of people: one query for all.
            em.createQuery("SELECT a FROM Assignment a", Assignment.class).getResultList()
                    .forEach(a -> assignments.put(a.getId(), a));
        }
        Map<Long, List<OpenRow>> open = new HashMap<>();
        rows.forEach((account, list) -> open.put(account, list.stream().map(row -> new OpenRow((Long) row[1],
                (Long) row[2], (String) row[3], (Instant) row[4], assignments.get((Long) row[2])))
                .filter(r -> r.assignment() != null).toList()));
        return new DueDates(open, startDays, zone);
    }

    /** The person's open rows, oldest first. */
    public List<OpenRow> openRows(long accountId) {
        return openByAccount.getOrDefault(accountId, List.of());
    }

    /**
     * The person's due date for the programme: the earliest of their open assignments of it.
     *
     * @param certificates the person's certificates of that programme
     */
    public Due due(long accountId, String programmeKey, Collection<HeldCertificate> certificates, LocalDate asOf) {
        return DueRules.earliest(openRows(accountId).stream().filter(r -> r.programmeKey().equals(programmeKey))
                .map(r -> due(accountId, r, certificates, asOf)).toList(), asOf);
    }

    /** The due date one open row gives. */
    public Due due(long accountId, OpenRow row, Collection<HeldCertificate> certificates, LocalDate asOf) {
        LocalDate assignedOn = row.openedAt().atZone(zone).toLocalDate();
        LocalDate startDay = Optional.ofNullable(startDays.get(accountId)).orElse(assignedOn);
        return DueRules.due(row.assignment().schedule(), startDay, assignedOn, certificates, asOf);
    }

    /**
     * The certificates of these accounts, per account and programme, in batched queries. Read as plain facts by
     * entity name, not through certification's classes: certification shows due dates and so depends on
     * compliance, and compliance must not depend on it in turn (the top-level packages form no cycle).
     */
    public static Map<Long, Map<String, List<HeldCertificate>>> certificates(EntityManager em,
            Collection<Long> accountIds) {
        Map<Long, Map<String, List<HeldCertificate>>> byAccount = new HashMap<>();
        List<Long> ids = List.copyOf(Set.copyOf(accountIds));
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            for (Object[] row : em.createQuery("SELECT c.accountId, c.programmeKey, c.issuedOn, c.expiresOn, "
                    + "c.revokedAt FROM IssuedCertificate c WHERE c.accountId IN :ids", Object[].class)
                    .setParameter("ids", chunk).getResultList()) {
                byAccount.computeIfAbsent((Long) row[0], k -> new HashMap<>())
                        .computeIfAbsent((String) row[1], k -> new ArrayList<>())
                        .add(new HeldCertificate((LocalDate) row[2], (LocalDate) row[3], row[4] != null));
            }
        }
        return byAccount;
    }
}
