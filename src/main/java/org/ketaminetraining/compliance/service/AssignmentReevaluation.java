package org.ketaminetraining.compliance.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ketaminetraining.compliance.Assignee;
import org.ketaminetraining.compliance.AssignmentScope;
import org.ketaminetraining.compliance.Reevaluation;
import org.ketaminetraining.people.model.Account;
import org.ketaminetraining.people.model.Department;
import org.ketaminetraining.people.service.AccountStore;
import org.ketaminetraining.people.service.AccountsChanged;

/**
 * Keeps people's assignment rows in step with who they are: the one place the rule ({@link Reevaluation}) is
 * applied, in the transaction of whatever changed (an account edit, an import, a new account, a new or ended
 * assignment), so that nothing is half-applied.
 */
@ApplicationScoped
public class AssignmentReevaluation {

    @PersistenceContext(unitName = "ketamine-training")
    private EntityManager em;
    @Inject
    private Clock clock;

    /** Accounts were created or changed: re-evaluate them. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onAccountsChanged(@Observes AccountsChanged changed) {
        reevaluate(changed.accountIds());
    }

    /** Opens and closes the rows of these accounts as the assignments now say. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reevaluate(Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return;
        }
        List<AssignmentScope> scopes = scopes();
        if (scopes.isEmpty()) {
            return;
        }
        Instant now = now();
        List<Long> ids = List.copyOf(Set.copyOf(accountIds));
        for (int from = 0; from < ids.size(); from += DueDates.CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + DueDates.CHUNK));
            Map<Long, List<PersonAssignmentRow>> open = new HashMap<>();
            em.createQuery("SELECT r FROM PersonAssignmentRow r WHERE r.closedAt IS NULL AND r.accountId IN :ids "
                    + "ORDER BY r.openedAt, r.id", PersonAssignmentRow.class).setParameter("ids", chunk)
                    .getResultList().forEach(r -> open.computeIfAbsent(r.getAccountId(), k -> new ArrayList<>())
                            .add(r));
            for (Account account : accounts(chunk)) {
                List<PersonAssignmentRow> rows = open.getOrDefault(account.getId(), List.of());
                apply(account.getId(), Reevaluation.plan(assignee(account), scopes, rows.stream()
                        .map(r -> new Reevaluation.OpenRow(r.getId(), r.getAssignmentId())).toList()), rows, now);
            }
        }
    }

    /** Opens a row for everyone a new assignment applies to; returns how many. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int openFor(Assignment assignment) {
        AssignmentScope scope = scope(assignment, departmentsById());
        Instant now = now();
        int opened = 0;
        for (Account account : em.createQuery("SELECT a FROM Account a", Account.class)
                .setHint("eclipselink.batch.type", "IN").setHint("eclipselink.batch", "a.roles")
                .setHint("eclipselink.batch", "a.departments").getResultList()) {
            if (scope.appliesTo(assignee(account))) {
                em.persist(new PersonAssignmentRow(assignment.getId(), account.getId(), assignment.getProgrammeKey(),
                        now));
                opened++;
            }
        }
        return opened;
    }

    /** Closes every open row of an assignment; returns how many. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int closeAll(long assignmentId, String reason) {
        Instant now = now();
        List<PersonAssignmentRow> rows = em.createQuery("SELECT r FROM PersonAssignmentRow r WHERE r.closedAt IS NULL"
                + " AND r.assignmentId = :id", PersonAssignmentRow.class).setParameter("id", assignmentId)
                .getResultList();
        rows.forEach(r -> r.close(now, reason));
        return rows.size();
    }

    private void apply(long accountId, Reevaluation.Plan plan, List<PersonAssignmentRow> rows, Instant now) {
        Map<Long, PersonAssignmentRow> byId = new HashMap<>();
        rows.forEach(r -> byId.put(r.getId(), r));
        plan.toClose().forEach(closing -> byId.get(closing.rowId()).close(now, closing.reason()));
        plan.toOpen().forEach(scope -> em.persist(new PersonAssignmentRow(scope.assignmentId(), accountId,
                scope.programmeKey(), now)));
    }

    /** Every assignment as a scope, ended ones too (their rows close as "assignment ended"). */
    List<AssignmentScope> scopes() {
        Map<Long, Department> departments = departmentsById();
        return em.createQuery("SELECT a FROM Assignment a", Assignment.class).getResultList().stream()
                .map(a -> scope(a, departments)).toList();
    }

    Map<Long, Department> departmentsById() {
        Map<Long, Department> byId = new HashMap<>();
        em.createQuery("SELECT d FROM Department d", Department.class).getResultList()
                .forEach(d -> byId.put(d.getId(), d));
        return byId;
    }

    static AssignmentScope scope(Assignment a, Map<Long, Department> departments) {
        Optional<Department> department = a.getDepartmentId().map(departments::get);
        return new AssignmentScope(a.getId(), a.getProgrammeKey(), a.getRole(), department.map(Department::getCode),
                department.map(Department::getName), a.getNamed(), a.isEnded());
    }

    static Assignee assignee(Account account) {
        return new Assignee(account.getId(), account.isEnabled(), account.getRoles(),
                AccountStore.codes(account.getDepartments()));
    }

    private List<Account> accounts(List<Long> ids) {
        return em.createQuery("SELECT a FROM Account a WHERE a.id IN :ids", Account.class).setParameter("ids", ids)
                .setHint("eclipselink.batch.type", "IN").setHint("eclipselink.batch", "a.roles")
                .setHint("eclipselink.batch", "a.departments").getResultList();
    }

    /** To the millisecond the database keeps, like the certification services. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
