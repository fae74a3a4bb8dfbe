package org.ketaminetraining.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ketaminetraining.people.AccountRules;
import org.ketaminetraining.people.PasswordPolicy;
import org.ketaminetraining.people.Role;
import org.ketaminetraining.people.UserCsv;
import org.ketaminetraining.people.UserImportPlan;
import org.ketaminetraining.people.ValidationException;
import org.ketaminetraining.people.service.AccountDetails;
import org.ketaminetraining.people.service.AccountService;
import org.ketaminetraining.people.service.AccountView;
import org.ketaminetraining.people.service.AuditEntry;
import org.ketaminetraining.people.service.AuditQuery;
import org.ketaminetraining.people.service.DepartmentView;
import org.ketaminetraining.people.service.FirstRunService;
import org.ketaminetraining.people.service.SignInResult;
import org.ketaminetraining.people.service.SignInService;
import org.ketaminetraining.people.service.SignedInUser;
import org.ketaminetraining.people.service.UserImportService;

/**
 * The people services in memory, for page tests: plain-text passwords, the same pure rules as the real services
 * (AccountRules, PasswordPolicy, UserCsv, UserImportPlan), no sign-in limits unless a test throttles every
 * sign-in.
 */
class InMemoryPeople implements AccountService, SignInService, FirstRunService, UserImportService {

    static final String SETUP_TOKEN = "0123456789abcdef0123456789abcdef";

    final Map<Long, AccountView> accounts = new LinkedHashMap<>();
    final Map<Long, String> passwords = new LinkedHashMap<>();
    final Map<String, String> departments = new LinkedHashMap<>(Map.of("demo-ward", "Demo ward"));
    final List<AuditEntry> audit = new ArrayList<>();
    /** KT_DEFAULT_DEPARTMENT as the tests set it; used only while that department exists, as the service does. */
    Optional<String> defaultDepartment = Optional.empty();
    private long nextId = 1;
    /** When set, every sign-in is refused as from a throttled address with this wait. */
    java.time.Duration throttledFor;
    /** When set, every sign-in finds the server too busy to check it. */
    boolean busy;
    /** The client key the last sign-in named. */
    String lastClientKey;

    long add(String username, String password, Set<Role> roles) {
        long id = nextId++;
        accounts.put(id, new AccountView(id, username, "Name of " + username, null, roles, Set.of("demo-ward"),
                Set.of(), true, true, false, null));
        passwords.put(id, password);
        return id;
    }

    SignedInUser user(long id) {
        AccountView a = accounts.get(id);
        return new SignedInUser(id, a.username(), a.displayName(), a.roles(), a.departmentCodes(),
                a.managedDepartmentCodes(), false);
    }

    @Override
    public SignInResult signIn(String username, char[] password, String clientKey) {
        lastClientKey = clientKey;
        if (throttledFor != null) {
            return new SignInResult.Throttled(throttledFor);
        }
        if (busy) {
            return new SignInResult.Busy(java.time.Duration.ofSeconds(10));
        }
        return accounts.values().stream()
                .filter(a -> a.username().equals(username) && a.enabled()
                        && new String(password).equals(passwords.get(a.id())))
                .findFirst().<SignInResult>map(a -> new SignInResult.SignedIn(user(a.id())))
                .orElseGet(SignInResult.Refused::new);
    }

    @Override
    public SignedInUser changePassword(long accountId, char[] currentPassword, char[] newPassword) {
        if (!new String(currentPassword).equals(passwords.get(accountId))) {
            throw ValidationException.of("currentPassword", "The current password is not right.");
        }
        List<String> problems = PasswordPolicy.problems(new String(newPassword), accounts.get(accountId).username());
        if (!problems.isEmpty()) {
            throw ValidationException.of("newPassword", String.join(" ", problems));
        }
        passwords.put(accountId, new String(newPassword));
        return user(accountId);
    }

    @Override
    public boolean isSetupNeeded() {
        return accounts.values().stream().noneMatch(a -> a.roles().contains(Role.ADMIN));
    }

    @Override
    public SignedInUser createFirstAdministrator(String token, String username, String displayName, String email,
            char[] password) {
        if (!SETUP_TOKEN.equals(token) || !isSetupNeeded()) {
            throw ValidationException.of("token", "The setup token is not right, or setup is already done.");
        }
        Map<String, String> problems = new LinkedHashMap<>(AccountRules.problems(username, displayName, email,
                Set.of(Role.ADMIN)));
        PasswordPolicy.problems(new String(password), username).forEach(p -> problems.put("password", p));
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return user(add(username, new String(password), Set.of(Role.ADMIN)));
    }

    @Override
    public List<AccountView> list(SignedInUser caller, String filter) {
        FakeAccess.require(caller, Role.ADMIN);
        return accounts.values().stream().filter(a -> filter == null || a.username().contains(filter)).toList();
    }

    @Override
    public Optional<AccountView> find(SignedInUser caller, long accountId) {
        FakeAccess.require(caller, Role.ADMIN);
        return Optional.ofNullable(accounts.get(accountId));
    }

    @Override
    public CreatedAccount create(SignedInUser caller, AccountDetails asked) {
        FakeAccess.require(caller, Role.ADMIN);
        AccountDetails details = new AccountDetails(asked.username(), asked.displayName(), asked.email(),
                asked.roles(), AccountRules.departmentsOfNewAccount(asked.roles(), asked.departmentCodes(),
                        defaultDepartment.filter(departments::containsKey)),
                asked.managedDepartmentCodes(), asked.startDate());
        Map<String, String> problems = AccountRules.problems(details.username(), details.displayName(),
                details.email(), details.roles(), details.departmentCodes());
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        if (accounts.values().stream().anyMatch(a -> a.username().equals(details.username()))) {
            throw ValidationException.of("username", "The username '" + details.username() + "' is taken.");
        }
        long id = add(details.username(), "temporary-password-1", details.roles());
        update(caller, id, details);
        return new CreatedAccount(id, "temporary-password-1");
    }

    @Override
    public void update(SignedInUser caller, long accountId, AccountDetails d) {
        String actor = FakeAccess.require(caller, Role.ADMIN).username();
        Map<String, String> problems = AccountRules.problems(accounts.get(accountId).username(), d.displayName(),
                d.email(), d.roles(), d.departmentCodes());
        AccountRules.startDateProblem(d.startDate()).ifPresent(problem -> problems.put("startDate", problem));
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        AccountView a = accounts.get(accountId);
        accounts.put(accountId, new AccountView(accountId, a.username(), d.displayName(), d.email(), d.roles(),
                d.departmentCodes(), d.managedDepartmentCodes(), a.enabled(), true, false, null, d.startDate()));
        audit.add(new AuditEntry(Instant.now(), actor, "account.update", a.username(), null));
    }

    @Override
    public void setEnabled(SignedInUser caller, long accountId, boolean enabled) {
        String actor = FakeAccess.require(caller, Role.ADMIN).username();
        AccountView a = accounts.get(accountId);
        if (!enabled && a.username().equals(actor)) {
            throw ValidationException.of("enabled", "You cannot disable your own account.");
        }
        accounts.put(accountId, new AccountView(accountId, a.username(), a.displayName(), a.email(), a.roles(),
                a.departmentCodes(), a.managedDepartmentCodes(), enabled, true, false, null, a.startDate()));
    }

    @Override
    public String resetPassword(SignedInUser caller, long accountId) {
        FakeAccess.require(caller, Role.ADMIN);
        passwords.put(accountId, "reset-password-1");
        return "reset-password-1";
    }

    @Override
    public List<DepartmentView> departments(SignedInUser caller) {
        FakeAccess.require(caller, Role.ADMIN);
        List<DepartmentView> views = new ArrayList<>();
        long id = 1;
        for (Map.Entry<String, String> d : departments.entrySet()) {
            long members = accounts.values().stream().filter(a -> a.departmentCodes().contains(d.getKey())).count();
            views.add(new DepartmentView(id++, d.getKey(), d.getValue(), members,
                    defaultDepartment.map(d.getKey()::equals).orElse(false)));
        }
        return views;
    }

    @Override
    public long createDepartment(SignedInUser caller, String code, String name) {
        FakeAccess.require(caller, Role.ADMIN);
        if (code == null || !code.matches("[a-z0-9][a-z0-9-]{0,39}")) {
            throw ValidationException.of("code", "Code must be 1 to 40 characters of a-z, 0-9 and dashes.");
        }
        departments.put(code, name);
        return departments.size();
    }

    @Override
    public List<AuditEntry> recentAudit(SignedInUser caller, int max) {
        FakeAccess.require(caller, Role.ADMIN);
        return audit.stream().limit(max).toList();
    }

    @Override
    public List<AuditEntry> findAudit(SignedInUser caller, AuditQuery query) {
        Comparator<AuditEntry> oldestFirst = Comparator.comparing(AuditEntry::occurredAt);
        return matching(caller, query).sorted(query.newestFirst() ? oldestFirst.reversed() : oldestFirst)
                .skip(query.firstResult()).limit(query.maxResults()).toList();
    }

    @Override
    public long countAudit(SignedInUser caller, AuditQuery query) {
        return matching(caller, query).count();
    }

    @Override
    public List<String> auditActions(SignedInUser caller) {
        requireAdministrator(caller);
        return audit.stream().map(AuditEntry::action).distinct().sorted().toList();
    }

    /** As the real service: actor by part, any case; action exactly; from included, until excluded. */
    private Stream<AuditEntry> matching(SignedInUser caller, AuditQuery query) {
        requireAdministrator(caller);
        return audit.stream()
                .filter(e -> query.actor().map(a -> e.actor().toLowerCase(Locale.ROOT)
                        .contains(a.toLowerCase(Locale.ROOT))).orElse(true))
                .filter(e -> query.action().map(e.action()::equals).orElse(true))
                .filter(e -> query.from().map(f -> !e.occurredAt().isBefore(f)).orElse(true))
                .filter(e -> query.until().map(e.occurredAt()::isBefore).orElse(true));
    }

    private static void requireAdministrator(SignedInUser caller) {
        FakeAccess.require(caller, Role.ADMIN);
    }

    @Override
    public UserImportPlan preview(SignedInUser caller, String csv) {
        FakeAccess.require(caller, Role.ADMIN);
        UserCsv.Parsed parsed = UserCsv.parse(csv, departments.keySet());
        return UserImportPlan.of(parsed, defaultDepartment.filter(departments::containsKey),
                accounts.values().stream().collect(Collectors.toMap(AccountView::username,
                        a -> new UserImportPlan.Existing(a.username(), a.displayName(), a.email(), a.departmentCodes(),
                                a.roles()))));
    }

    @Override
    public UserImportPlan apply(SignedInUser caller, String csv) {
        UserImportPlan plan = preview(caller, csv);
        if (!plan.canApply()) {
            throw ValidationException.of("file", "The file has problems; nothing was imported.");
        }
        for (UserImportPlan.Change change : plan.changes()) {
            if (change.kind() == UserImportPlan.Kind.CREATE) {
                add(change.username(), null, new HashSet<>(change.row().roles()));
            }
        }
        return plan;
    }
}
