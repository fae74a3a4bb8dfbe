package org.ketaminetraining.people.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ketaminetraining.config.AppSettings;
import org.ketaminetraining.people.Role;
import org.ketaminetraining.people.UserCsv;
import org.ketaminetraining.people.UserImportPlan;
import org.ketaminetraining.people.ValidationException;
import org.ketaminetraining.people.model.Account;
import org.ketaminetraining.people.model.Department;

/**
 * Applies a user file in one transaction: any problem, found in the file or raised while writing, rolls back
 * every change of that import.
 */
@ApplicationScoped
@Transactional
public class JpaUserImportService implements UserImportService {

    @Inject
    private AccountStore store;
    @Inject
    private AccessControl access;
    @Inject
    private AuditTrail audit;
    @Inject
    private Clock clock;
    @Inject
    private AppSettings settings;
    @Inject
    private jakarta.enterprise.event.Event<AccountsChanged> accountsChanged;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public UserImportPlan preview(SignedInUser caller, String csv) {
        access.require(caller, Role.ADMIN);
        return plan(csv);
    }

    @Override
    public UserImportPlan apply(SignedInUser caller, String csv) {
        String actor = access.require(caller, Role.ADMIN).username();
        UserImportPlan plan = plan(csv);
        if (!plan.canApply()) {
            throw ValidationException.of("file", "The file has " + plan.problems().size()
                    + " problem(s); nothing was imported.");
        }
        Map<String, Department> departments = store.departments().stream()
                .collect(Collectors.toMap(Department::getCode, Function.identity()));
        List<Account> written = new ArrayList<>();
        for (UserImportPlan.Change change : plan.changes()) {
            UserCsv.Row row = change.row();
            switch (change.kind()) {
                case CREATE -> {
                    Account account = new Account(row.username(), row.displayName(), row.email(), clock.instant());
                    write(account, row, departments);
                    store.em().persist(account);
                    written.add(account);
                }
                case UPDATE -> {
                    Account account = store.byUsername(row.username()).orElseThrow();
                    account.setDisplayName(row.displayName());
                    account.setEmail(row.email());
                    write(account, row, departments);
                    written.add(account);
                }
                case UNCHANGED -> {
                    // nothing to write
                }
            }
        }
        store.em().flush();
        accountsChanged.fire(new AccountsChanged(written.stream().map(Account::getId).collect(Collectors.toSet())));
        audit.record(actor, "users.import", null, plan.count(UserImportPlan.Kind.CREATE) + " created, "
                + plan.count(UserImportPlan.Kind.UPDATE) + " updated, "
                + plan.count(UserImportPlan.Kind.UNCHANGED) + " unchanged");
        return plan;
    }

    private UserImportPlan plan(String csv) {
        Set<String> departments = store.departments().stream().map(Department::getCode).collect(Collectors.toSet());
        UserCsv.Parsed parsed = UserCsv.parse(csv, departments);
        Map<String, UserImportPlan.Existing> existing = store.all().stream().collect(Collectors.toMap(
                Account::getUsername, a -> new UserImportPlan.Existing(a.getUsername(), a.getDisplayName(),
                        a.getEmail(), AccountStore.codes(a.getDepartments()), a.getRoles(), a.getStartDate())));
        return UserImportPlan.of(parsed, settings.defaultDepartment().filter(departments::contains), existing);
    }

    private static void write(Account account, UserCsv.Row row, Map<String, Department> departments) {
        account.setRoles(row.roles());
        row.startDate().ifPresent(start -> account.setStartDate(java.util.Optional.of(start)));
        account.setDepartments(row.departmentCodes().stream().map(departments::get).toList());
    }
}
