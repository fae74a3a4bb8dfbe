package org.ketaminetraining.compliance.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ketaminetraining.bank.model.Programme;
import org.ketaminetraining.compliance.AssignmentScope;
import org.ketaminetraining.compliance.Due;
import org.ketaminetraining.compliance.HeldCertificate;
import org.ketaminetraining.config.AppSettings;
import org.ketaminetraining.people.Role;
import org.ketaminetraining.people.ValidationException;
import org.ketaminetraining.people.model.Account;
import org.ketaminetraining.people.model.Department;
import org.ketaminetraining.people.service.AccessControl;
import org.ketaminetraining.people.service.AccessDeniedException;
import org.ketaminetraining.people.service.AccountStore;
import org.ketaminetraining.people.service.AuditTrail;
import org.ketaminetraining.people.service.SignedInUser;
import org.ketaminetraining.study.service.BankCatalog;

/** Assignments on JPA; see {@link AssignmentService} and {@link AssignmentReader}. */
@ApplicationScoped
public class JpaAssignmentService implements AssignmentService {

    @PersistenceContext(unitName = "ketamine-training")
    private EntityManager em;
    @Inject
    private AccessControl access;
    @Inject
    private AccountStore accounts;
    @Inject
    private AuditTrail audit;
    @Inject
    private BankCatalog catalog;
    @Inject
    private AppSettings settings;
    @Inject
    private Clock clock;
    @Inject
    private AssignmentReevaluation reevaluation;

    @Override
    @Transactional
    public long create(SignedInUser caller, NewAssignment request) {
        String actor = access.require(caller, Role.ADMIN).username();
        String programmeId = request.programmeId() == null ? "" : request.programmeId().strip();
        Programme programme = catalog.current(em).programme(programmeId).orElseThrow(() -> ValidationException.of(
                "programme", "Choose a programme of the current question bank."));
        Optional<Department> department = request.departmentCode().map(String::strip).filter(c -> !c.isEmpty())
                .map(code -> accounts.departmentByCode(code).orElseThrow(() -> ValidationException.of("department",
                        "There is no department " + code + ".")));
        Set<Long> named = named(request.usernames());
        if (request.role().isEmpty() && department.isEmpty() && named.isEmpty()) {
            throw ValidationException.of("role", "Choose a role, a department or named people (or several).");
        }
        if (request.schedule() == null) {
            throw ValidationException.of("scheduleKind", "Choose how the due date is set.");
        }
        Assignment assignment = new Assignment(programme.id(), request.role(), department.map(Department::getId),
                named, request.schedule(), now(), actor);
        em.persist(assignment);
        em.flush();
        int opened = reevaluation.openFor(assignment);
        audit.record(actor, "assignment.create", programme.id(), describe(assignment) + "; "
                + ScheduleInput.inWords(request.schedule()) + "; " + opened + " people");
        return assignment.getId();
    }

    /** The named usernames as account ids; unknown names and too many are refused. */
    private Set<Long> named(List<String> usernames) {
        List<String> wanted = usernames.stream().map(u -> u == null ? "" : u.strip().toLowerCase(Locale.ROOT))
                .filter(u -> !u.isEmpty()).distinct().toList();
        if (wanted.size() > NewAssignment.MAX_NAMED) {
            throw ValidationException.of("usernames", "Name at most " + NewAssignment.MAX_NAMED
                    + " people; assign a department or a role for more.");
        }
        Set<Long> ids = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String username : wanted) {
            accounts.byUsername(username).ifPresentOrElse(a -> ids.add(a.getId()), () -> unknown.add(username));
        }
        if (!unknown.isEmpty()) {
            String shown = String.join(", ", unknown.subList(0, Math.min(10, unknown.size())));
            throw ValidationException.of("usernames", "No such user: " + shown + (unknown.size() > 10 ? ", ..." : "")
                    + ".");
        }
        return ids;
    }

    @Override
    @Transactional
    public void end(SignedInUser caller, long assignmentId) {
        String actor = access.require(caller, Role.ADMIN).username();
        Assignment assignment = em.find(Assignment.class, assignmentId);
        if (assignment == null) {
            throw ValidationException.of("assignment", "The assignment no longer exists.");
        }
        if (assignment.isEnded()) {
            throw ValidationException.of("assignment", "The assignment has already ended.");
        }
        assignment.end(now(), actor);
        int closed = reevaluation.closeAll(assignmentId, "assignment ended");
        audit.record(actor, "assignment.end", assignment.getProgrammeKey(), describe(assignment) + "; " + closed
                + " people");
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AssignmentView> list(SignedInUser caller) {
        SignedInUser current = access.require(caller, Role.MANAGER, Role.ADMIN);
        boolean admin = current.has(Role.ADMIN);
        Map<Long, Department> departments = reevaluation.departmentsById();
        Map<Long, Long> counts = new HashMap<>();
        if (admin) {
            em.createQuery("SELECT r.assignmentId, COUNT(r) FROM PersonAssignmentRow r WHERE r.closedAt IS NULL "
                    + "GROUP BY r.assignmentId", Object[].class).getResultList()
                    .forEach(r -> counts.put((Long) r[0], (Long) r[1]));
        } else if (!current.managedDepartmentCodes().isEmpty()) {
            em.createQuery("SELECT r.assignmentId, COUNT(DISTINCT r.accountId) FROM PersonAssignmentRow r, Account a "
                    + "JOIN a.departments d WHERE a.id = r.accountId AND r.closedAt IS NULL AND d.code IN :codes "
                    + "GROUP BY r.assignmentId", Object[].class)
                    .setParameter("codes", current.managedDepartmentCodes()).getResultList()
                    .forEach(r -> counts.put((Long) r[0], (Long) r[1]));
        }
        BankCatalog.Snapshot bank = catalog.current(em);
        return em.createQuery("SELECT a FROM Assignment a ORDER BY a.createdAt DESC, a.id DESC", Assignment.class)
                .getResultList().stream()
                .filter(a -> admin || counts.containsKey(a.getId()) || a.getDepartmentId().map(departments::get)
                        .map(d -> current.managedDepartmentCodes().contains(d.getCode())).orElse(false))
                .map(a -> new AssignmentView(a.getId(), a.getProgrammeKey(), title(bank, a.getProgrammeKey()),
                        appliesTo(a, departments, admin), a.schedule(), counts.getOrDefault(a.getId(), 0L),
                        a.getCreatedAt(), a.getCreatedBy(), a.getEndedAt()))
                .toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ProgrammeChoice> programmes(SignedInUser caller) {
        access.require(caller, Role.ADMIN);
        return catalog.current(em).programmes().stream().map(p -> new ProgrammeChoice(p.id(), p.title()))
                .sorted(Comparator.comparing(ProgrammeChoice::title)).toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PersonAssignment> assignmentsOf(SignedInUser caller, long accountId) {
        SignedInUser current = access.require(caller, Role.values());
        Account person = em.find(Account.class, accountId);
        if (person == null || !mayRead(current, person)) {
            return List.of();
        }
        List<PersonAssignmentRow> rows = em.createQuery("SELECT r FROM PersonAssignmentRow r WHERE r.accountId = "
                + ":id", PersonAssignmentRow.class).setParameter("id", accountId).getResultList();
        List<PersonAssignment> result = new ArrayList<>(readings(List.of(person), rows));
        result.sort(Comparator.comparing((PersonAssignment p) -> !p.open())
                .thenComparing(p -> p.open() ? p.due().dueOn().orElse(LocalDate.MAX) : LocalDate.MAX)
                .thenComparing(p -> p.closedAt().map(Instant::toEpochMilli).map(ms -> -ms).orElse(0L))
                .thenComparing(PersonAssignment::programmeTitle));
        return result;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PersonAssignment> openAssignments(SignedInUser caller, Optional<String> departmentCode) {
        SignedInUser current = access.require(caller, Role.MANAGER, Role.ADMIN);
        boolean admin = current.has(Role.ADMIN);
        if (departmentCode.isPresent() && !admin && !current.managedDepartmentCodes().contains(departmentCode.get())) {
            throw new AccessDeniedException(caller.username() + " may not see department " + departmentCode.get());
        }
        Set<String> codes = departmentCode.map(Set::of).orElse(admin ? null : current.managedDepartmentCodes());
        if (codes != null && codes.isEmpty()) {
            return List.of();
        }
        List<PersonAssignmentRow> rows = codes == null
                ? em.createQuery("SELECT r FROM PersonAssignmentRow r WHERE r.closedAt IS NULL",
                        PersonAssignmentRow.class).getResultList()
                : em.createQuery("SELECT DISTINCT r FROM PersonAssignmentRow r, Account a JOIN a.departments d "
                        + "WHERE a.id = r.accountId AND r.closedAt IS NULL AND d.code IN :codes",
                        PersonAssignmentRow.class).setParameter("codes", codes).getResultList();
        List<Long> ids = rows.stream().map(PersonAssignmentRow::getAccountId).distinct().toList();
        List<Account> people = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += DueDates.CHUNK) {
            people.addAll(em.createQuery("SELECT a FROM Account a WHERE a.id IN :ids", Account.class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + DueDates.CHUNK)))
                    .setHint("eclipselink.batch.type", "IN").setHint("eclipselink.batch", "a.roles")
                    .setHint("eclipselink.batch", "a.departments").getResultList());
        }
        List<PersonAssignment> result = new ArrayList<>(readings(people, rows));
        result.sort(Comparator.comparing((PersonAssignment p) -> p.due().dueOn().orElse(LocalDate.MAX))
                .thenComparing(PersonAssignment::accountId).thenComparing(PersonAssignment::programmeId));
        return result;
    }

    /** Whether the caller may read the person's assignments: their own, an administrator, or their manager. */
    private static boolean mayRead(SignedInUser current, Account person) {
        return current.accountId() == person.getId() || current.has(Role.ADMIN) || current.has(Role.MANAGER)
                && person.getDepartments().stream().map(Department::getCode)
                        .anyMatch(current.managedDepartmentCodes()::contains);
    }

    /** The rows as people read them, due dates of open rows as of today; batched over the people. */
    private List<PersonAssignment> readings(List<Account> people, List<PersonAssignmentRow> rows) {
        List<Long> ids = people.stream().map(Account::getId).toList();
        DueDates dues = DueDates.load(em, ids, settings.zone());
        Map<Long, Map<String, List<HeldCertificate>>> certificates = DueDates.certificates(em, ids);
        Map<Long, Account> byId = new HashMap<>();
        people.forEach(p -> byId.put(p.getId(), p));
        Map<Long, Department> departments = reevaluation.departmentsById();
        Map<Long, Assignment> assignments = new HashMap<>();
        em.createQuery("SELECT a FROM Assignment a", Assignment.class).getResultList()
                .forEach(a -> assignments.put(a.getId(), a));
        BankCatalog.Snapshot bank = catalog.current(em);
        LocalDate today = today();
        List<PersonAssignment> result = new ArrayList<>();
        for (PersonAssignmentRow row : rows) {
            Account person = byId.get(row.getAccountId());
            Assignment assignment = assignments.get(row.getAssignmentId());
            if (person == null || assignment == null) {
                continue;
            }
            Due due = row.isOpen() ? dues.due(person.getId(), new DueDates.OpenRow(row.getId(),
                    row.getAssignmentId(), row.getProgrammeKey(), row.getOpenedAt(), assignment),
                    certificates.getOrDefault(person.getId(), Map.of()).getOrDefault(row.getProgrammeKey(), List.of()),
                    today) : Due.notAssigned(today);
            AssignmentScope scope = AssignmentReevaluation.scope(assignment, departments);
            String reason = row.isOpen() ? scope.reasonFor(AssignmentReevaluation.assignee(person))
                    : (scope.hasRule() ? scope.ruleInWords() : "named") + " (ended: "
                            + row.getClosedReason().orElse("closed") + ")";
            result.add(new PersonAssignment(assignment.getId(), person.getId(), row.getProgrammeKey(),
                    title(bank, row.getProgrammeKey()), reason, due, row.getOpenedAt(), row.getClosedAt()));
        }
        return result;
    }

    private static String appliesTo(Assignment assignment, Map<Long, Department> departments, boolean admin) {
        AssignmentScope scope = AssignmentReevaluation.scope(assignment, departments);
        int named = assignment.getNamed().size();
        String rule = scope.hasRule() ? scope.ruleInWords() : "";
        String people = named == 0 ? "" : named + (named == 1 ? " named person" : " named people");
        return rule.isEmpty() ? people : people.isEmpty() ? rule : rule + ", and " + people;
    }

    private static String describe(Assignment assignment) {
        return "assignment " + assignment.getId() + " (" + assignment.getRole().map(r -> "role " + r.name()
                .toLowerCase(Locale.ROOT) + " ").orElse("") + assignment.getDepartmentId().map(d -> "department "
                        + d + " ").orElse("")
                + assignment.getNamed().size() + " named)";
    }

    private static String title(BankCatalog.Snapshot bank, String programmeKey) {
        return bank.programme(programmeKey).map(Programme::title).orElse(programmeKey);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private LocalDate today() {
        return clock.instant().atZone(settings.zone()).toLocalDate();
    }
}
