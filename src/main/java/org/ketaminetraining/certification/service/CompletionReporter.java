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
        boolean admin = requireOverseer(caller);
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
        List<CompletionReport.Department> shownDepartments = departments.stream()
                .map(d -> new CompletionReport.Department(d.getCode(), d.getName())).toList();
        if (query.status().isEmpty() && query.due().isEmpty() && query.count().isEmpty()
                && query.sort() == CompletionQuery.Sort.NAME && query.maxResults() > 0) {
            return pageByName(caller, people, query, shownDepartments);
        }
        List<CompletionReport.Row> rows = new ArrayList<>(rows(caller, people, query.programmeId()));
        rows.removeIf(row -> !(query.status().map(status -> status == row.status()).orElse(true)
                && query.due().map(due -> due == row.due().state()).orElse(true)
                && query.count().map(count -> count.includes(row.status(), row.validThrough(), row.due().state(),
                        evaluator.today())).orElse(true)));
        rows.sort(order(query));
        int total = rows.size();
        int from = Math.min(query.firstResult(), total);
        int to = query.maxResults() == 0 ? total : Math.min(total, from + query.maxResults());
        return new CompletionReport(rows.subList(from, to), total, shownDepartments);
    }

    /**
     * A page of the report by name, unfiltered (the report's first page as it opens): every person has one row per
     * programme whatever their standing, so the page's people are known from the names alone, and only they are
     * evaluated. Names are ordered in Java, exactly as {@link #order} orders rows, so these pages and the full
     * report (exports, filtered pages) list people in the same order.
     */
    private CompletionReport pageByName(SignedInUser caller, List<ReportedPerson> people, CompletionQuery query,
            List<CompletionReport.Department> departments) {
        int perPerson = (int) bank.programmes().stream()
                .filter(p -> query.programmeId().map(p.id()::equals).orElse(true)).count();
        Comparator<ReportedPerson> byName = Comparator.comparing(
                (ReportedPerson p) -> p.displayName().toLowerCase(java.util.Locale.ROOT))
                .thenComparing(ReportedPerson::username);
        List<ReportedPerson> ordered = people.stream().sorted(query.ascending() ? byName : byName.reversed())
                .toList();
        int total = ordered.size() * perPerson;
        int from = Math.min(query.firstResult(), total);
        int to = Math.min(total, from + query.maxResults());
        if (from == to) {
            return new CompletionReport(List.of(), total, departments);
        }
        int firstPerson = from / perPerson;
        List<CompletionReport.Row> rows = new ArrayList<>(rows(caller,
                ordered.subList(firstPerson, (to - 1) / perPerson + 1), query.programmeId()));
        rows.sort(order(query));
        int skip = from - firstPerson * perPerson;
        return new CompletionReport(rows.subList(skip, skip + to - from), total, departments);
    }

    /**
     * The report's rows, unfiltered and unsorted, of the trainees in these departments (those of them the caller
     * oversees), with each department's trainees, for the dashboard: the same rows the report shows and counts. Each
     * row names only the person's departments among these.
     */
    DepartmentRows rowsOf(SignedInUser caller, Set<String> departmentCodes) {
        boolean admin = requireOverseer(caller);
        Set<String> scope = departmentCodes.stream()
                .filter(code -> admin || caller.managedDepartmentCodes().contains(code))
                .collect(java.util.stream.Collectors.toSet());
        em.setFlushMode(FlushModeType.COMMIT);
        List<ReportedPerson> people = trainees(scope);
        Map<String, List<Long>> members = new HashMap<>();
        scope.forEach(code -> members.put(code, new ArrayList<>()));
        people.forEach(person -> person.departmentCodes().forEach(code -> members.get(code).add(person.id())));
        return new DepartmentRows(members, rows(caller, people, Optional.empty()));
    }

    /** Department code to its enabled trainees (account ids), and all their rows. */
    record DepartmentRows(Map<String, List<Long>> members, List<CompletionReport.Row> rows) {
    }

    /** Every person's row in every programme (or the one asked), from stored standings where they are right. */
    private List<CompletionReport.Row> rows(SignedInUser caller, List<ReportedPerson> people,
            Optional<String> programmeId) {
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
                if (programmeId.map(wanted -> wanted.equals(programme.id())).orElse(true)) {
                    rows.add(row(person, programme, standings.get(person.id()).get(programme.id()),
                            due(dues, held, person.id(), programme.id()), caller));
                }
            }
        }
        return rows;
    }

    /** Refuses anyone but a manager or an administrator; says whether the caller is an administrator. */
    private static boolean requireOverseer(SignedInUser caller) {
        boolean admin = caller.has(Role.ADMIN);
        if (!admin && !caller.has(Role.MANAGER)) {
            throw new SecurityException(caller.username() + " may not see the completion report");
        }
        return admin;
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
     * Trainees among these accounts, enabled or not (every enabled trainee when null), and with a department among
     * these codes (see {@link #trainees}), each with those of their departments, in no particular order.
     */
    private List<ReportedPerson> people(List<Long> accountIds, Set<String> departmentCodes) {
        if (departmentCodes != null && departmentCodes.isEmpty()) {
            return List.of();
        }
        Map<Long, ReportedPerson> people = new LinkedHashMap<>();
        String enabledOrAsked = accountIds == null ? " AND a.enabled = TRUE" : " AND a.id IN :ids";
        if (departmentCodes != null) {
            // The departments asked: one inner join reads only their members.
            var members = em.createQuery("SELECT a.id, a.displayName, a.username, d.code, d.name FROM Account a "
                    + "JOIN a.roles r JOIN a.departments d WHERE r = :trainee AND d.code IN :codes" + enabledOrAsked,
                    Object[].class).setParameter("trainee", Role.TRAINEE).setParameter("codes", departmentCodes);
            if (accountIds != null) {
                members.setParameter("ids", accountIds);
            }
            for (Object[] row : members.getResultList()) {
                ReportedPerson person = people.computeIfAbsent((Long) row[0], id -> new ReportedPerson(id,
                        (String) row[1], (String) row[2], new ArrayList<>(), new ArrayList<>()));
                person.departmentCodes().add((String) row[3]);
                person.departmentNames().add((String) row[4]);
            }
        } else {
            // Everyone, with or without a department: two plain queries rather than one outer join, which Derby
            // answers by reading every membership for every trainee (measured: 50 s for 10,000 people).
            var trainees = em.createQuery("SELECT a.id, a.displayName, a.username FROM Account a JOIN a.roles r "
                    + "WHERE r = :trainee" + enabledOrAsked, Object[].class).setParameter("trainee", Role.TRAINEE);
            var memberships = em.createQuery("SELECT a.id, d.code, d.name FROM Account a JOIN a.departments d"
                    + (accountIds == null ? "" : " WHERE a.id IN :ids"), Object[].class);
            if (accountIds != null) {
                trainees.setParameter("ids", accountIds);
                memberships.setParameter("ids", accountIds);
            }
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
