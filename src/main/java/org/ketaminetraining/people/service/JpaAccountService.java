package org.ketaminetraining.people.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.ketaminetraining.config.AppSettings;
import org.ketaminetraining.people.AccountRules;
import org.ketaminetraining.people.PasswordHasher;
import org.ketaminetraining.people.Role;
import org.ketaminetraining.people.TemporaryPassword;
import org.ketaminetraining.people.ValidationException;
import org.ketaminetraining.people.model.Account;
import org.ketaminetraining.people.model.Department;

/** Accounts and departments in the database. */
@ApplicationScoped
@Transactional
public class JpaAccountService implements AccountService {

    private static final Pattern DEPARTMENT_CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    @Inject
    private AccountStore store;
    @Inject
    private AccessControl access;
    @Inject
    private AuditTrail audit;
    @Inject
    private PasswordHasher hasher;
    @Inject
    private SecureRandom random;
    @Inject
    private Clock clock;
    @Inject
    private AppSettings settings;
    @Inject
    private jakarta.enterprise.event.Event<AccountsChanged> accountsChanged;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AccountView> list(SignedInUser caller, String filter) {
        access.require(caller, Role.ADMIN);
        String wanted = filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT);
        return store.all().stream()
                .filter(a -> wanted.isEmpty() || a.getUsername().contains(wanted)
                        || a.getDisplayName().toLowerCase(Locale.ROOT).contains(wanted))
                .map(AccountStore::toView)
                .toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<AccountView> find(SignedInUser caller, long accountId) {
        access.require(caller, Role.ADMIN);
        return store.byId(accountId).map(AccountStore::toView);
    }

    @Override
    public CreatedAccount create(SignedInUser caller, AccountDetails details) {
        String actor = access.require(caller, Role.ADMIN).username();
        String username = details.username() == null ? null : details.username().strip().toLowerCase(Locale.ROOT);
        AccountDetails placed = new AccountDetails(details.username(), details.displayName(), details.email(),
                details.roles(), AccountRules.departmentsOfNewAccount(details.roles(), details.departmentCodes(),
                        usableDefaultDepartment()),
                details.managedDepartmentCodes(), details.startDate());
        check(username, placed, true);
        if (store.byUsername(username).isPresent()) {
            throw ValidationException.of("username", "The username '" + username + "' is taken.");
        }
        Account account = new Account(username, details.displayName().strip(), blankToNull(details.email()),
                clock.instant());
        apply(account, placed);
        String password = TemporaryPassword.generate(random);
        account.setPasswordHash(hasher.hash(password.toCharArray()), true);
        store.em().persist(account);
        store.em().flush();
        accountsChanged.fire(new AccountsChanged(java.util.Set.of(account.getId())));
        audit.record(actor, "account.create", username, "roles " + new TreeSet<>(placed.roles())
                + ", departments " + new TreeSet<>(placed.departmentCodes()) + startedOn(placed));
        return new CreatedAccount(account.getId(), password);
    }

    @Override
    public void update(SignedInUser caller, long accountId, AccountDetails details) {
        String actor = access.require(caller, Role.ADMIN).username();
        Account account = existing(accountId);
        check(account.getUsername(), details, false);
        if (actor.equals(account.getUsername()) && !details.roles().contains(Role.ADMIN)
                && account.getRoles().contains(Role.ADMIN)) {
            throw ValidationException.of("roles", "You cannot remove your own administrator role.");
        }
        account.setDisplayName(details.displayName().strip());
        account.setEmail(blankToNull(details.email()));
        apply(account, details);
        accountsChanged.fire(new AccountsChanged(java.util.Set.of(account.getId())));
        audit.record(actor, "account.update", account.getUsername(), "roles " + new TreeSet<>(details.roles())
                + ", departments " + new TreeSet<>(details.departmentCodes()) + ", manages "
                + new TreeSet<>(details.managedDepartmentCodes()) + startedOn(details));
    }

    private static String startedOn(AccountDetails details) {
        return details.startDate() == null ? "" : ", started " + details.startDate();
    }

    @Override
    public void setEnabled(SignedInUser caller, long accountId, boolean enabled) {
        String actor = access.require(caller, Role.ADMIN).username();
        Account account = existing(accountId);
        if (!enabled && actor.equals(account.getUsername())) {
            throw ValidationException.of("enabled", "You cannot disable your own account.");
        }
        account.setEnabled(enabled);
        accountsChanged.fire(new AccountsChanged(java.util.Set.of(account.getId())));
        audit.record(actor, enabled ? "account.enable" : "account.disable", account.getUsername(), null);
    }

    @Override
    public String resetPassword(SignedInUser caller, long accountId) {
        String actor = access.require(caller, Role.ADMIN).username();
        Account account = existing(accountId);
        String password = TemporaryPassword.generate(random);
        boolean wasLocked = account.isLocked();
        account.setPasswordHash(hasher.hash(password.toCharArray()), true);
        audit.record(actor, "account.password-reset", account.getUsername(),
                wasLocked ? "unlocked after failed sign-ins" : null);
        return password;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DepartmentView> departments(SignedInUser caller) {
        access.require(caller, Role.ADMIN);
        Map<Long, Long> members = new java.util.HashMap<>();
        store.em().createQuery("select d.id, count(a) from Account a join a.departments d group by d.id",
                Object[].class).getResultList().forEach(r -> members.put((Long) r[0], (Long) r[1]));
        Optional<String> preset = usableDefaultDepartment();
        return store.departments().stream()
                .map(d -> new DepartmentView(d.getId(), d.getCode(), d.getName(), members.getOrDefault(d.getId(), 0L),
                        preset.map(d.getCode()::equals).orElse(false)))
                .toList();
    }

    @Override
    public long createDepartment(SignedInUser caller, String code, String name) {
        String actor = access.require(caller, Role.ADMIN).username();
        String cleanCode = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
        if (!DEPARTMENT_CODE.matcher(cleanCode).matches()) {
            throw ValidationException.of("code", "Code must be 1 to 40 characters of a-z, 0-9 and dashes.");
        }
        if (name == null || name.isBlank() || name.strip().length() > 120) {
            throw ValidationException.of("name", "Enter a name of at most 120 characters.");
        }
        if (store.departmentByCode(cleanCode).isPresent()) {
            throw ValidationException.of("code", "The code '" + cleanCode + "' is taken.");
        }
        Department department = new Department(cleanCode, name.strip(), clock.instant());
        store.em().persist(department);
        store.em().flush();
        audit.record(actor, "department.create", cleanCode, name.strip());
        return department.getId();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEntry> recentAudit(SignedInUser caller, int max) {
        access.require(caller, Role.ADMIN);
        return audit.latest(max);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEntry> findAudit(SignedInUser caller, AuditQuery query) {
        access.require(caller, Role.ADMIN);
        return audit.find(query);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public long countAudit(SignedInUser caller, AuditQuery query) {
        access.require(caller, Role.ADMIN);
        return audit.count(query);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> auditActions(SignedInUser caller) {
        access.require(caller, Role.ADMIN);
        return audit.actions();
    }

    /** Refuses details that break the account rules; a new trainee's missing default department is named. */
    private void check(String username, AccountDetails details, boolean creating) {
        Map<String, String> problems = AccountRules.problems(username, details.displayName(), details.email(),
                details.roles(), details.departmentCodes());
        AccountRules.startDateProblem(details.startDate()).ifPresent(problem -> problems.put("startDate", problem));
        settings.defaultDepartment().filter(code -> creating && problems.containsKey("departments")
                && usableDefaultDepartment().isEmpty()).ifPresent(missing -> problems.put("departments",
                        problems.get("departments") + " (The default department '" + missing
                                + "', set by KT_DEFAULT_DEPARTMENT, does not exist: create it under Departments.)"));
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    /** The configured default department (KT_DEFAULT_DEPARTMENT) when it exists. */
    private Optional<String> usableDefaultDepartment() {
        return settings.defaultDepartment().filter(code -> store.departmentByCode(code).isPresent());
    }

    private void apply(Account account, AccountDetails details) {
        account.setRoles(details.roles());
        account.setDepartments(store.departmentsByCode(details.departmentCodes(), "departments"));
        account.setManagedDepartments(store.departmentsByCode(details.managedDepartmentCodes(), "managedDepartments"));
        account.setStartDate(Optional.ofNullable(details.startDate()));
    }

    private Account existing(long accountId) {
        return store.byId(accountId).orElseThrow(() -> ValidationException.of("account",
                "The account no longer exists."));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
