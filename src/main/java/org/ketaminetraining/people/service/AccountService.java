package org.ketaminetraining.people.service;

import java.util.List;
import java.util.Optional;

/**
 * Administration of accounts and departments. Every method is for administrators: it checks that {@code caller}
 * is one, as stored now, and throws {@link AccessDeniedException} otherwise. Every change is recorded in the audit
 * trail with the caller as its actor.
 */
public interface AccountService {

    /** Accounts whose username or name contains the filter (all when it is blank), by username. */
    List<AccountView> list(SignedInUser caller, String filter);

    Optional<AccountView> find(SignedInUser caller, long accountId);

    /**
     * Creates an account with a generated temporary password that must be changed at first sign-in. A trainee
     * must belong to a department; one for whom none is chosen joins the default department (KT_DEFAULT_DEPARTMENT)
     * when it is set up, and is refused with a message on {@code departments} otherwise.
     *
     * @return the new account's id and the temporary password, to be shown once to the administrator
     * @throws org.ketaminetraining.people.ValidationException with a message per field
     */
    CreatedAccount create(SignedInUser caller, AccountDetails details);

    /**
     * Replaces name, email, roles and departments. The username cannot change. A trainee left in no department is
     * refused with a message on {@code departments} (the default department is for new accounts only).
     */
    void update(SignedInUser caller, long accountId, AccountDetails details);

    /** A disabled account cannot sign in; its history is kept. An administrator cannot disable themself. */
    void setEnabled(SignedInUser caller, long accountId, boolean enabled);

    /** Sets a generated temporary password, unlocks the account and returns the password to show once. */
    String resetPassword(SignedInUser caller, long accountId);

    List<DepartmentView> departments(SignedInUser caller);

    /** @throws org.ketaminetraining.people.ValidationException for a bad or duplicate code or name */
    long createDepartment(SignedInUser caller, String code, String name);

    /** The latest entries of the audit trail, newest first. */
    List<AuditEntry> recentAudit(SignedInUser caller, int max);

    /**
     * The page of the audit trail the query asks for: entries matching all its filters, in its order.
     *
     * @throws SecurityException unless the caller is an administrator
     */
    List<AuditEntry> findAudit(SignedInUser caller, AuditQuery query);

    /**
     * How many entries of the audit trail match the query's filters (its order and page do not matter).
     *
     * @throws SecurityException unless the caller is an administrator
     */
    long countAudit(SignedInUser caller, AuditQuery query);

    /**
     * The actions the audit trail holds, alphabetically: the choices of a filter by action.
     *
     * @throws SecurityException unless the caller is an administrator
     */
    List<String> auditActions(SignedInUser caller);

    /** The id and one-time password of a new account. */
    record CreatedAccount(long accountId, String temporaryPassword) implements java.io.Serializable {
    }
}
