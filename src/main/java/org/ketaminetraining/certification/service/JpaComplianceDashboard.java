package org.ketaminetraining.certification.service;

import org.ketaminetraining.compliance.service.AssignmentReader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ketaminetraining.bank.model.Programme;
import org.ketaminetraining.certification.rules.ComplianceCount;
import org.ketaminetraining.compliance.CompletionTrend;
import org.ketaminetraining.config.AppSettings;
import org.ketaminetraining.people.Role;
import org.ketaminetraining.people.model.Department;
import org.ketaminetraining.people.service.AccessControl;
import org.ketaminetraining.people.service.AccountStore;
import org.ketaminetraining.people.service.SignedInUser;
import org.ketaminetraining.study.service.BankCatalog;

/**
 * The dashboard on JPA; see {@link ComplianceDashboard}. Counts are the completion report's own rows, counted by
 * {@link ComplianceCount}, so the dashboard and the report it links to never disagree; statuses are decided by the
 * certification rules alone. Trends and recall read their history in batched queries ({@link CompletionHistory},
 * {@link RecallReadings}).
 */
@ApplicationScoped
public class JpaComplianceDashboard implements ComplianceDashboard {

    @PersistenceContext(unitName = "ketamine-training")
    private EntityManager em;
    @Inject
    private AccessControl access;
    @Inject
    private AccountStore accounts;
    @Inject
    private OverseenStandings standings;
    @Inject
    private Evaluations evaluations;
    @Inject
    private BankCatalog catalog;
    @Inject
    private AppSettings settings;
    @Inject
    private Clock clock;
    /** Assignments come from their own service; without one (a deployment before it) nobody has any. */
    @Inject
    private Instance<AssignmentReader> assignments;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public DashboardOverview overview(SignedInUser caller, int firstDepartment, int maxDepartments) {
        SignedInUser current = access.require(caller, Role.MANAGER, Role.ADMIN);
        if (firstDepartment < 0 || maxDepartments < 1) {
            throw new IllegalArgumentException("firstDepartment must be at least 0 and maxDepartments at least 1");
        }
        ZoneId zone = settings.zone();
        LocalDate today = clock.instant().atZone(zone).toLocalDate();
        List<Department> overseen = overseen(current);
        // A page past the end shows the last one (a bookmark kept while departments were removed).
        int from = overseen.isEmpty() ? 0 : (int) Math.min(firstDepartment,
                (long) (overseen.size() - 1) / maxDepartments * maxDepartments);
        List<Department> departments = overseen.subList(from,
                (int) Math.min(overseen.size(), (long) from + maxDepartments));
        // One report of this page's departments, shared out by department: a report per department would read the
        // stored standings and due dates of a person in several departments once for each. It also says who the
        // departments' trainees are, so they are read once.
        CompletionReporter.DepartmentRows report = evaluations.reporter(accounts).rowsOf(current,
                departments.stream().map(Department::getCode).collect(java.util.stream.Collectors.toSet()));
        Map<String, List<Long>> people = report.members();
        Map<Long, List<CompletionReport.Row>> rowsByPerson = new java.util.HashMap<>();
        report.rows().forEach(row -> rowsByPerson.computeIfAbsent(row.accountId(), k -> new ArrayList<>()).add(row));
        CompletionHistory history = CompletionHistory.load(em, people.values().stream().flatMap(List::stream)
                .distinct().toList());
        List<Programme> programmes = catalog.current(em).programmes();
        Map<Long, Instant> created = new java.util.HashMap<>();
        List<DashboardOverview.DepartmentOverview> result = new ArrayList<>();
        for (Department department : departments) {
            List<Long> members = people.get(department.getCode());
            List<CompletionReport.Row> rows = members.stream()
                    .flatMap(id -> rowsByPerson.getOrDefault(id, List.of()).stream()).toList();
            List<DashboardOverview.ProgrammeOverview> overviews = new ArrayList<>();
            for (Programme programme : programmes) {
                List<CompletionReport.Row> programmeRows = rows.stream()
                        .filter(r -> r.programmeId().equals(programme.id())).toList();
                Map<ComplianceCount, Integer> counts = new EnumMap<>(ComplianceCount.class);
                for (ComplianceCount count : ComplianceCount.values()) {
                    counts.put(count, (int) programmeRows.stream().filter(r -> count.includes(r.status(),
                            r.validThrough(), r.due().state(), today)).count());
                }
                List<CompletionTrend.Expected> assigned = history.assigned(programme.id(), members);
                List<CompletionTrend.Expected> expected = assigned.isEmpty()
                        ? traineeSpans(members, createdAt(members, created)) : assigned;
                overviews.add(new DashboardOverview.ProgrammeOverview(programme.id(), programme.title(),
                        programmeRows.size(), counts, CompletionTrend.of(expected,
                                history.certificates(programme.id(), members), today, zone),
                        !assigned.isEmpty()));
            }
            result.add(new DashboardOverview.DepartmentOverview(department.getCode(), department.getName(),
                    overviews));
        }
        return new DashboardOverview(today, result, from, overseen.size());
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<PersonOverview> person(SignedInUser caller, long accountId) {
        access.require(caller, Role.MANAGER, Role.ADMIN);
        return standings.person(caller, accountId).map(person -> new PersonOverview(person,
                assignments.isResolvable() ? assignments.get().assignmentsOf(caller, accountId) : List.of()));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public RecallMap heatmap(SignedInUser caller, Optional<String> programmeId) {
        SignedInUser current = access.require(caller, Role.MANAGER, Role.ADMIN);
        Instant now = clock.instant();
        LocalDate today = now.atZone(settings.zone()).toLocalDate();
        Instant later = now.plus(RecallMap.DAYS_AHEAD, ChronoUnit.DAYS);
        BankCatalog.Snapshot bank = catalog.current(em);
        List<RecallMap.Choice> programmes = bank.programmes().stream()
                .map(p -> new RecallMap.Choice(p.id(), p.title())).toList();
        Optional<Programme> programme = programmeId.flatMap(bank::programme)
                .or(() -> bank.programmes().stream().findFirst());
        List<Department> departments = overseen(current);
        List<RecallMap.Choice> departmentChoices = departments.stream()
                .map(d -> new RecallMap.Choice(d.getCode(), d.getName())).toList();
        if (programme.isEmpty()) {
            return new RecallMap(programmes, Optional.empty(), today, today.plusDays(RecallMap.DAYS_AHEAD),
                    departmentChoices, List.of(), List.of());
        }
        List<RecallMap.Choice> modules = programme.get().requiredModules().stream()
                .map(m -> new RecallMap.Choice(m, bank.moduleTitle(m))).toList();
        Map<String, List<Long>> people = traineesOf(departments);
        var heatmap = RecallReadings.read(em, people.values().stream().flatMap(List::stream).toList(),
                bank.itemsOf(programme.get()), evaluations.recallModel(programme.get().id()), now, later);
        return new RecallMap(programmes, Optional.of(programme.get().id()), today,
                today.plusDays(RecallMap.DAYS_AHEAD), departmentChoices, modules,
                heatmap.cells(people, programme.get().requiredModules()));
    }

    /** The departments the caller oversees (all for an administrator), by name. */
    private List<Department> overseen(SignedInUser current) {
        Set<String> managed = current.managedDepartmentCodes();
        return accounts.departments().stream()
                .filter(d -> current.has(Role.ADMIN) || managed.contains(d.getCode()))
                .sorted(Comparator.comparing(Department::getName)).toList();
    }

    /**
     * Department code to its enabled trainees (the people the completion report lists), in department order, read as
     * numbers in one query rather than as the accounts themselves.
     */
    private Map<String, List<Long>> traineesOf(List<Department> departments) {
        Map<String, List<Long>> people = new LinkedHashMap<>();
        departments.forEach(d -> people.put(d.getCode(), new ArrayList<>()));
        if (departments.isEmpty()) {
            return people;
        }
        for (Object[] row : em.createQuery("SELECT d.code, a.id FROM Account a JOIN a.departments d "
                + "JOIN a.roles r WHERE a.enabled = TRUE AND r = :trainee AND d.code IN :codes ORDER BY a.id",
                Object[].class).setParameter("trainee", Role.TRAINEE).setParameter("codes", people.keySet())
                .getResultList()) {
            people.get((String) row[0]).add((Long) row[1]);
        }
        return people;
    }

    /**
     * When these people's accounts were created, read only for a department where nobody was ever assigned the
     * programme (its trend counts its trainees from their accounts' creation), and kept for the next programme.
     */
    private Map<Long, Instant> createdAt(List<Long> members, Map<Long, Instant> known) {
        List<Long> missing = members.stream().filter(id -> !known.containsKey(id)).toList();
        for (int from = 0; from < missing.size(); from += StandingSnapshots.CHUNK) {
            for (Object[] row : em.createQuery("SELECT a.id, a.createdAt FROM Account a WHERE a.id IN :ids",
                    Object[].class).setParameter("ids",
                            missing.subList(from, Math.min(missing.size(),
                                    from + StandingSnapshots.CHUNK)))
                    .getResultList()) {
                known.put((Long) row[0], (Instant) row[1]);
            }
        }
        return known;
    }

    /** Without assignments, a department's trainees are expected to be certified from their account's creation. */
    private static List<CompletionTrend.Expected> traineeSpans(List<Long> members, Map<Long, Instant> created) {
        return members.stream().map(id -> new CompletionTrend.Expected(id, created.get(id), Optional.empty()))
                .toList();
    }
}
