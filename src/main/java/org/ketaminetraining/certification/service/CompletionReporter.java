package org.ketaminetraining.certification.service;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.ketaminetraining.people.model.Account;
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
        Set<String> scope = wanted.map(Set::of).orElse(visible);
        List<Account> people = trainees(admin && wanted.isEmpty() ? null : scope).stream()
                .filter(a -> a.getDepartments().stream().map(Department::getCode)
                        .anyMatch(code -> (visible == null || visible.contains(code))
                                && wanted.map(code::equals).orElse(true))
                        || (admin && wanted.isEmpty() && a.getDepartments().isEmpty()))
                .toList();
        List<Long> ids = people.stream().map(Account::getId).toList();
        Map<Long, Map<String, ReportedStanding>> standings = new HashMap<>(
                StandingSnapshots.stillRight(em, ids, bank, evaluator.now()));
        List<Long> unstored = ids.stream().filter(id -> !standings.containsKey(id)).toList();
        LearnerFacts.loadAll(em, unstored, defaultZone).forEach((id, learner) -> standings.put(id,
                StandingSnapshots.evaluate(evaluator, bank, learner)));
        DueDates dues = DueDates.load(em, ids, defaultZone);
        Map<Long, Map<String, List<HeldCertificate>>> held = DueDates.certificates(em, ids);
        List<CompletionReport.Row> rows = new ArrayList<>();
        for (Account person : people) {
            for (Programme programme : bank.programmes()) {
                if (query.programmeId().map(wantedProgramme -> !wantedProgramme.equals(programme.id()))
                        .orElse(false)) {
                    continue;
                }
                CompletionReport.Row row = row(person, programme, standings.get(person.getId()).get(programme.id()),
                        due(dues, held, person.getId(), programme.id()), caller, visible);
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
        Account person = em.find(Account.class, accountId);
        Optional<Programme> programme = bank.programme(programmeId);
        if (person == null || programme.isEmpty() || !person.getRoles().contains(Role.TRAINEE)) {
            return Optional.empty();
        }
        Set<String> visible = caller.has(Role.ADMIN) ? null : caller.managedDepartmentCodes();
        LearnerFacts facts = LearnerFacts.load(em, accountId, defaultZone);
        ReportedStanding standing = ReportedStanding.of(evaluator.evaluate(programme.get(), facts).standing(),
                StandingSnapshots.lastActivity(bank, programme.get(), facts));
        Due due = due(DueDates.load(em, List.of(accountId), defaultZone),
                DueDates.certificates(em, List.of(accountId)), accountId, programmeId);
        return Optional.of(row(person, programme.get(), standing, due, caller, visible));
    }

    /** The person's due date for the programme today, from their open assignments and certificates. */
    private Due due(DueDates dues, Map<Long, Map<String, List<HeldCertificate>>> held, long accountId,
            String programmeId) {
        return dues.due(accountId, programmeId, held.getOrDefault(accountId, Map.of()).getOrDefault(programmeId,
                List.of()), evaluator.today());
    }

    private CompletionReport.Row row(Account person, Programme programme, ReportedStanding standing, Due due,
            SignedInUser caller, Set<String> visible) {
        List<String> personDepartments = person.getDepartments().stream()
                .filter(d -> visible == null || visible.contains(d.getCode())).map(Department::getName).sorted()
                .toList();
        return new CompletionReport.Row(person.getId(), person.getDisplayName(), person.getUsername(),
                personDepartments, programme.id(), programme.title(), standing.status(), standing.learnedPercent(),
                standing.issuedOn(), standing.validThrough(), standing.certificateCode(),
                new Oversight(person.getId() == caller.accountId(), timed(programme), standing.certificateStatus(),
                        standing.attempts()),
                due, standing.lastActivity());
    }

    /** Whether any assessment of the programme, final or renewal, has a time limit that an extension lengthens. */
    static boolean timed(Programme programme) {
        return programme.assessment().timeLimitMinutes().isPresent() || programme.renewalAssessment()
                .map(renewal -> renewal.timeLimitMinutes().isPresent()).orElse(false);
    }

    /**
     * Enabled trainees of these departments (everyone's when null), with roles and departments read in batched
     * queries (not a query per account), and only the departments' people read at all.
     */
    private List<Account> trainees(Set<String> departmentCodes) {
        List<Account> candidates = departmentCodes == null ? accounts.all() : accounts.members(departmentCodes);
        return candidates.stream().filter(a -> a.isEnabled() && a.getRoles().contains(Role.TRAINEE)).toList();
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
