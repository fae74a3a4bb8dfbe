package org.ketaminetraining.certification.service;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ketaminetraining.bank.model.Programme;
import org.ketaminetraining.certification.rules.Oversight;
import org.ketaminetraining.compliance.Due;
import org.ketaminetraining.compliance.HeldCertificate;
import org.ketaminetraining.compliance.service.DueDates;
import org.ketaminetraining.people.Role;
import org.ketaminetraining.people.model.Department;
import org.ketaminetraining.people.service.AccountStore;
import org.ketaminetraining.people.service.SignedInUser;
import org.ketaminetraining.study.service.BankCatalog;

/**
 * The completion report: every trainee the caller oversees, in every programme, through the same evaluation as the
 * learner's own pages. Filtering, sorting and paging happen after evaluation, since the status is computed, not
 * stored; one report reads the facts of all the people it covers in a few batched queries.
 */
final class CompletionReporter {

    private final EntityManager em;
    private final AccountStore accounts;
    private final StandingEvaluator evaluator;
    private final BankCatalog.Snapshot bank;
    private final ZoneId defaultZone;

    CompletionReporter(EntityManager em, AccountStore accounts, StandingEvaluator evaluator, BankCatalog.Snapshot bank,
            ZoneId defaultZone) {
        this.em = em;
        this.accounts = accounts;
        this.evaluator = evaluator;
        this.bank = bank;
        this.defaultZone = defaultZone;
    }

    CompletionReport report(SignedInUser caller, CompletionQuery query) {
        boolean admin = caller.has(Role.ADMIN);
        if (!admin && !caller.has(Role.MANAGER)) {
            throw new SecurityException(caller.username() + " may not see the completion report");
        }
        Set<String> visible = admin ? null : caller.managedDepartmentCodes();
        List<Department> departments = accounts.departments().stream()
                .filter(d -> visible == null || visible.contains(d.getCode()))
                .sorted(Comparator.comparing(Department::getName)).toList();
        Optional<String> wanted = query.departmentCode().filter(code -> departments.stream()
                .anyMatch(d -> d.getCode().equals(code)));
        if (query.departmentCode().isPresent() && wanted.isEmpty()) {
            throw new SecurityException(caller.username() + " may not see department " + query.departmentCode().get());
        }
        // A report only reads. Without this, EclipseLink checks every entity the report loaded (thousands of
        // accounts) for changes before each of its queries: measured, most of a 10 s report of 250 people among
        // 10,000 went there.
        em.setFlushMode(FlushModeType.COMMIT);
        List<ReportedPerson> people = trainees(visible).stream()
                .filter(person -> wanted.map(person.departmentCodes()::contains)
                        .orElse(visible == null || !person.departmentCodes().isEmpty()))
                .toList();
        List<Long> ids = people.stream().map(ReportedPerson::id).toList();
        Map<Long, Map<String, ReportedStanding>> standings = new HashMap<>(
                StandingSnapshots.stillRight(em, ids, bank, evaluator.now()));
        List<Long> unstored = ids.stream().filter(id -> !standings.containsKey(id)).toList();
        LearnerFacts.loadAll(em, unstored, defaultZone).forEach((id, learner) -> standings.put(id,
                StandingSnapshots.evaluate(evaluator, bank, learner)));
        DueDates dues = DueDates.load(em, ids, defaultZone);
        Map<Long, Map<String, List<HeldCertificate>>> held = DueDates.certificates(em, ids);
        List<CompletionReport.Row> rows = new ArrayList<>();
        for (ReportedPerson person : people) {
            for (Programme programme : bank.programmes()) {
                if (query.programmeId().map(wantedProgramme -> !wantedProgramme.equals(programme.id()))
                        .orElse(false)) {
                    continue;
                }
                CompletionReport.Row row = row(person, programme, standings.get(person.id()).get(programme.id()),
                        due(dues, held, person.id(), programme.id()), caller);
                if (query.status().map(status -> status == row.status()).orElse(true)
                        && query.due().map(due -> due == row.due().state()).orElse(true)
                        && query.count().map(count -> count.includes(row.status(), row.validThrough(),
                                row.due().state(), evaluator.today())).orElse(true)) {
                    rows.add(row);
                }
            }
        }
        rows.sort(order(query));
        int total = rows.size();
        int from = Math.min(query.firstResult(), total);
        int to = query.maxResults() == 0 ? total : Math.min(total, from + query.maxResults());
        return new CompletionReport(rows.subList(from, to), total, departments.stream()
                .map(d -> new CompletionReport.Department(d.getCode(), d.getName())).toList());
    }

    /** One person's row in one programme, as the caller's report would show it; the caller was checked. */
    Optional<CompletionReport.Row> row(SignedInUser caller, long accountId, String programmeId) {
        Optional<Programme> programme = bank.programme(programmeId);
        Set<String> visible = caller.has(Role.ADMIN) ? null : caller.managedDepartmentCodes();
        Optional<ReportedPerson> person = people(List.of(accountId), visible).stream().findFirst();
        if (person.isEmpty() || programme.isEmpty()) {
            return Optional.empty();
        }
        LearnerFacts facts = LearnerFacts.load(em, accountId, defaultZone);
        ReportedStanding standing = ReportedStanding.of(evaluator.evaluate(programme.get(), facts).standing(),
                StandingSnapshots.lastActivity(bank, programme.get(), facts));
        Due due = due(DueDates.load(em, List.of(accountId), defaultZone),
                DueDates.certificates(em, List.of(accountId)), accountId, programmeId);
        return Optional.of(row(person.get(), programme.get(), standing, due, caller));
    }

    /** The person's due date for the programme today, from their open assignments and certificates. */
    private Due due(DueDates dues, Map<Long, Map<String, List<HeldCertificate>>> held, long accountId,
            String programmeId) {
        return dues.due(accountId, programmeId, held.getOrDefault(accountId, Map.of()).getOrDefault(programmeId,
                List.of()), evaluator.today());
    }

    private CompletionReport.Row row(ReportedPerson person, Programme programme, ReportedStanding standing, Due due,
            SignedInUser caller) {
        return new CompletionReport.Row(person.id(), person.displayName(), person.username(),
                person.departmentNames(), programme.id(), programme.title(), standing.status(),
                standing.learnedPercent(), standing.issuedOn(), standing.validThrough(), standing.certificateCode(),
                new Oversight(person.id() == caller.accountId(), timed(programme), standing.certificateStatus(),
                        standing.attempts()),
                due, standing.lastActivity());
    }

    /** Whether any assessment of the programme, final or renewal, has a time limit that an extension lengthens. */
    static boolean timed(Programme programme) {
        return programme.assessment().timeLimitMinutes().isPresent() || programme.renewalAssessment()
                .map(renewal -> renewal.timeLimitMinutes().isPresent()).orElse(false);
    }

    /**
     * Enabled trainees with a department among these (everyone, with or without a department, when null), each with
     * only those of their departments: names and numbers read in one query, not thousands of accounts as entities.
     */
    private List<ReportedPerson> trainees(Set<String> departmentCodes) {
        return people(null, departmentCodes);
    }

    /**
     * Trainees among these accounts, enabled or not (every enabled trainee when null), and with a department among these codes (see
     * {@link #trainees}), each with those of their departments, ordered by account.
     */
    private List<ReportedPerson> people(List<Long> accountIds, Set<String> departmentCodes) {
        if (departmentCodes != null && departmentCodes.isEmpty()) {
            return List.of();
        }
        // Two plain joins rather than one outer join: Derby answers "trainees left-joined to their departments" by
        // reading every membership for every trainee (measured: 50 s for 10,000 people).
        var trainees = em.createQuery("SELECT a.id, a.displayName, a.username FROM Account a JOIN a.roles r "
                + "WHERE r = :trainee" + (accountIds == null ? " AND a.enabled = TRUE" : " AND a.id IN :ids")
                + " ORDER BY a.id", Object[].class).setParameter("trainee", Role.TRAINEE);
        List<String> conditions = new ArrayList<>();
        if (departmentCodes != null) {
            conditions.add("d.code IN :codes");
        }
        if (accountIds != null) {
            conditions.add("a.id IN :ids");
        }
        var memberships = em.createQuery("SELECT a.id, d.code, d.name FROM Account a JOIN a.departments d"
                + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions)), Object[].class);
        if (departmentCodes != null) {
            memberships.setParameter("codes", departmentCodes);
        }
        if (accountIds != null) {
            trainees.setParameter("ids", accountIds);
            memberships.setParameter("ids", accountIds);
        }
        Map<Long, ReportedPerson> people = new LinkedHashMap<>();
        for (Object[] row : trainees.getResultList()) {
            people.put((Long) row[0], new ReportedPerson((Long) row[0], (String) row[1], (String) row[2],
                    new ArrayList<>(), new ArrayList<>()));
        }
        for (Object[] row : memberships.getResultList()) {
            ReportedPerson person = people.get((Long) row[0]);
            if (person != null) {
                person.departmentCodes().add((String) row[1]);
                person.departmentNames().add((String) row[2]);
            }
        }
        if (departmentCodes != null) {
            people.values().removeIf(person -> person.departmentCodes().isEmpty());
        }
        // Names in Java's order, as everywhere else in the report, whatever the database's collation.
        people.values().forEach(person -> person.departmentNames().sort(Comparator.naturalOrder()));
        return List.copyOf(people.values());
    }

    /** A trainee as the report names them, with the departments the caller may see, by name. */
    private record ReportedPerson(long id, String displayName, String username, List<String> departmentCodes,
            List<String> departmentNames) {
    }

    private static Comparator<CompletionReport.Row> order(CompletionQuery query) {
        Comparator<CompletionReport.Row> byName = Comparator.comparing(
                (CompletionReport.Row r) -> r.displayName().toLowerCase(java.util.Locale.ROOT))
                .thenComparing(CompletionReport.Row::username);
        Comparator<CompletionReport.Row> primary = switch (query.sort()) {
            case DEPARTMENT -> Comparator.comparing(r -> String.join(", ", r.departments()));
            case PROGRAMME -> Comparator.comparing(CompletionReport.Row::programmeTitle);
            case STATUS -> Comparator.comparing(CompletionReport.Row::status);
            case PROGRESS -> Comparator.comparingInt(CompletionReport.Row::learnedPercent);
            case VALID_THROUGH -> Comparator.comparing(r -> r.validThrough().orElse(java.time.LocalDate.MAX));
            default -> byName;
        };
        Comparator<CompletionReport.Row> ordered = query.ascending() ? primary : primary.reversed();
        return ordered.thenComparing(byName).thenComparing(CompletionReport.Row::programmeId);
    }
}
