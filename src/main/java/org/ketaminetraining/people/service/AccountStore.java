package org.ketaminetraining.people.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ketaminetraining.people.ValidationException;
import org.ketaminetraining.people.model.Account;
import org.ketaminetraining.people.model.Department;

/** Queries and mappings shared by the people services; runs in the caller's transaction. */
@ApplicationScoped
public class AccountStore {

    @PersistenceContext(unitName = "ketamine-training")
    private EntityManager em;

    public EntityManager em() {
        return em;
    }

    public Optional<Account> byUsername(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return em.createQuery("select a from Account a where a.username = :u", Account.class)
                .setParameter("u", username.strip().toLowerCase(Locale.ROOT))
                .getResultStream().findFirst();
    }

    public Optional<Account> byId(long id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    /**
     * Every account with its roles and departments. The collections are read in three batched queries (IN lists)
     * rather than three queries per account, which the users page and the CSV import would otherwise pay.
     */
    public List<Account> all() {
        return em.createQuery("select a from Account a order by a.username", Account.class)
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "a.roles")
                .setHint("eclipselink.batch", "a.departments")
                .setHint("eclipselink.batch", "a.managedDepartments")
                .getResultList();
    }

    /**
     * The accounts belonging to any of these departments, with roles and departments read as {@link #all()} reads
     * them: a manager's report of one ward reads that ward's people, not the whole organisation's.
     */
    public List<Account> members(java.util.Collection<String> departmentCodes) {
        if (departmentCodes.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select distinct a from Account a join a.departments d where d.code in :codes "
                + "order by a.username", Account.class)
                .setParameter("codes", departmentCodes)
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "a.roles")
                .setHint("eclipselink.batch", "a.departments")
                .setHint("eclipselink.batch", "a.managedDepartments")
                .getResultList();
    }

    public List<Department> departments() {
        return em.createQuery("select d from Department d order by d.code", Department.class).getResultList();
    }

    public Optional<Department> departmentByCode(String code) {
        return em.createQuery("select d from Department d where d.code = :c", Department.class)
                .setParameter("c", code)
                .getResultStream().findFirst();
    }

    /** The departments with these codes; a code that does not exist is refused, naming the given field. */
    public Set<Department> departmentsByCode(Collection<String> codes, String field) {
        Set<Department> found = codes.stream().map(this::departmentByCode).flatMap(Optional::stream)
                .collect(Collectors.toSet());
        if (found.size() != Set.copyOf(codes).size()) {
            Set<String> known = found.stream().map(Department::getCode).collect(Collectors.toSet());
            String missing = codes.stream().filter(c -> !known.contains(c)).sorted()
                    .collect(Collectors.joining(", "));
            throw ValidationException.of(field, "No such department: " + missing + ".");
        }
        return found;
    }

    public static SignedInUser toSignedInUser(Account a) {
        return new SignedInUser(a.getId(), a.getUsername(), a.getDisplayName(), a.getRoles(), codes(a.getDepartments()),
                codes(a.getManagedDepartments()), a.isMustChangePassword());
    }

    public static AccountView toView(Account a) {
        return new AccountView(a.getId(), a.getUsername(), a.getDisplayName(), a.getEmail(), a.getRoles(),
                codes(a.getDepartments()), codes(a.getManagedDepartments()), a.isEnabled(),
                a.getPasswordHash() != null, a.isLocked(), a.getLastSignInAt(), a.getStartDate().orElse(null));
    }

    public static Set<String> codes(Collection<Department> departments) {
        return departments.stream().map(Department::getCode).collect(Collectors.toSet());
    }
}
