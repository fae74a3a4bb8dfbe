package org.ketaminetraining.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.ketaminetraining.people.PasswordHasher;
import org.ketaminetraining.people.Role;
import org.ketaminetraining.people.TemporaryPassword;
import org.ketaminetraining.people.model.Account;
import org.ketaminetraining.people.model.Department;
import org.ketaminetraining.people.service.AccountStore;
import org.ketaminetraining.people.service.AccountsChanged;
import org.ketaminetraining.people.service.AuditTrail;
import org.ketaminetraining.study.service.LearnerProfiles;
import org.ketaminetraining.study.service.LearnerSettings;
import org.ketaminetraining.study.service.StudyService;

/**
 * Demo mode (KT_DEMO=true): one department and one account per role (each with an undeliverable address, so the
 * outbox shows the mails they would get), so a newcomer can try every role within a minute. Their passwords are set at every start, to KT_DEMO_PASSWORD when given, otherwise to fresh random ones,
 * and printed in the log. Never on by default.
 */
@ApplicationScoped
public class DemoSeeder {

    private static final Logger LOG = Logger.getLogger(DemoSeeder.class.getName());
    public static final String DEMO_DEPARTMENT = "demo-ward";

    @Inject
    private AccountStore store;
    @Inject
    private AuditTrail audit;
    @Inject
    private PasswordHasher hasher;
    @Inject
    private SecureRandom random;
    @Inject
    private Clock clock;
    @Inject
    private jakarta.enterprise.event.Event<AccountsChanged> accountsChanged;
    @Inject
    private StudyService study;
    @Inject
    private LearnerProfiles profiles;

    /** The short programme demo mode adds (questions/demo), so the demo trainee reaches a certificate in minutes. */
    public static final String DEMO_PROGRAMME = "demo-ketamine-essentials";

    @Transactional
    public void seed(String sharedPassword) {
        Department ward = store.departmentByCode(DEMO_DEPARTMENT).orElseGet(() -> {
            Department d = new Department(DEMO_DEPARTMENT, "Demo ward", clock.instant());
            store.em().persist(d);
            return d;
        });
        Map<String, String> passwords = new LinkedHashMap<>();
        java.util.List<Account> seeded = new java.util.ArrayList<>();
        for (Role role : Role.values()) {
            String username = role.name().toLowerCase(java.util.Locale.ROOT);
            Account account = store.byUsername(username).orElseGet(() -> {
                Account a = new Account(username, "Demo " + username, null, clock.instant());
                store.em().persist(a);
                return a;
            });
            if (account.getEmail() == null) {
                // An address that can never be delivered (RFC 2606 reserves .invalid), so demo mode's reminders and
                // digests are decided and wait in the outbox for the administrator to read, as real ones would.
                account.setEmail(username + "@demo.invalid");
            }
            account.setRoles(Set.of(role));
            account.setDepartments(Set.of(ward));
            account.setManagedDepartments(role == Role.MANAGER ? Set.of(ward) : Set.of());
            account.setEnabled(true);
            String password = sharedPassword.isEmpty() ? TemporaryPassword.generate(random) : sharedPassword;
            account.setPasswordHash(hasher.hash(password.toCharArray()), false);
            passwords.put(username, password);
            seeded.add(account);
        }
        store.em().flush();
        accountsChanged.fire(new AccountsChanged(seeded.stream().map(Account::getId)
                .collect(java.util.stream.Collectors.toSet())));
        audit.record("system", "demo.seed", DEMO_DEPARTMENT, "demo accounts " + passwords.keySet());
        StringBuilder message = new StringBuilder("\n================================================================\n"
                + " DEMO MODE (KT_DEMO=true). Never use it with real people's data.\n"
                + " Sign in at /login as:\n");
        passwords.forEach((user, password) -> message.append(String.format("     %-9s password %s%n", user, password)));
        message.append("================================================================");
        LOG.warning(message::toString);
    }

    /**
     * Points the demo trainee at the demo programme the first time, after {@link #seed} has committed (the study
     * service creates the learner's profile in a transaction of its own). A trainee who already chose a programme
     * keeps it.
     */
    public void studyDemoProgramme() {
        Account trainee = store.byUsername(Role.TRAINEE.name().toLowerCase(java.util.Locale.ROOT)).orElse(null);
        if (trainee == null || study.programmes().stream().noneMatch(p -> p.id().equals(DEMO_PROGRAMME))
                || profiles.exists(trainee.getId())) {
            return;
        }
        LearnerSettings current = study.settings(trainee.getId());
        study.saveSettings(trainee.getId(), new LearnerSettings(current.newItemsPerDay(), current.timeZone(),
                current.keyboardShortcuts(), DEMO_PROGRAMME));
    }
}
