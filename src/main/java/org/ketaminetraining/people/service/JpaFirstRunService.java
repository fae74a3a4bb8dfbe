package org.ketaminetraining.people.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.ketaminetraining.people.AccountRules;
import org.ketaminetraining.people.PasswordHasher;
import org.ketaminetraining.people.PasswordPolicy;
import org.ketaminetraining.people.Role;
import org.ketaminetraining.people.ValidationException;
import org.ketaminetraining.people.model.Account;

/**
 * First-run setup. The token lives only in memory: a restart prints a new one, and it is forgotten once the
 * first administrator exists.
 */
@ApplicationScoped
@Transactional
public class JpaFirstRunService implements FirstRunService {

    private static final Logger LOG = Logger.getLogger(JpaFirstRunService.class.getName());

    @Inject
    private AccountStore store;
    @Inject
    private jakarta.enterprise.event.Event<AccountsChanged> accountsChanged;
    @Inject
    private AuditTrail audit;
    @Inject
    private PasswordHasher hasher;
    @Inject
    private SecureRandom random;
    @Inject
    private Clock clock;

    private volatile String token;

    /** Prints a fresh setup token to the log when no administrator exists; called once at start-up. */
    public void announceSetupTokenIfNeeded() {
        if (!isSetupNeeded()) {
            token = null;
            return;
        }
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        token = HexFormat.of().formatHex(bytes);
        LOG.warning(() -> "\n================================================================\n"
                + " No administrator exists yet. Open /setup in a browser and enter\n"
                + " this one-time setup token to create the first administrator:\n\n"
                + "     " + token + "\n\n"
                + " The token changes at every start until setup is done.\n"
                + "================================================================");
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isSetupNeeded() {
        Long admins = store.em().createQuery(
                "select count(a) from Account a join a.roles r where r = :admin and a.enabled = true", Long.class)
                .setParameter("admin", Role.ADMIN).getSingleResult();
        return admins == 0L;
    }

    @Override
    public SignedInUser createFirstAdministrator(String givenToken, String username, String displayName, String email,
            char[] password) {
        String expected = token;
        if (expected == null || !isSetupNeeded() || givenToken == null || !MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.US_ASCII), givenToken.strip().getBytes(StandardCharsets.US_ASCII))) {
            throw ValidationException.of("token", "The setup token is not right, or setup is already done. "
                    + "Copy the token from the server log of the latest start.");
        }
        String cleanUsername = username == null ? null : username.strip().toLowerCase(Locale.ROOT);
        Map<String, String> problems = new LinkedHashMap<>(AccountRules.problems(cleanUsername, displayName, email,
                Set.of(Role.ADMIN)));
        List<String> policy = PasswordPolicy.problems(new String(password), cleanUsername);
        if (!policy.isEmpty()) {
            problems.put("password", String.join(" ", policy));
        }
        if (problems.isEmpty() && store.byUsername(cleanUsername).isPresent()) {
            problems.put("username", "The username '" + cleanUsername + "' is taken.");
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        Account admin = new Account(cleanUsername, displayName.strip(),
                email == null || email.isBlank() ? null : email.strip(), clock.instant());
        admin.setRoles(Set.of(Role.ADMIN));
        admin.setPasswordHash(hasher.hash(password), false);
        store.em().persist(admin);
        store.em().flush();
        accountsChanged.fire(new AccountsChanged(Set.of(admin.getId())));
        audit.record(cleanUsername, "setup.first-admin", cleanUsername, "first administrator created on /setup");
        token = null;
        return AccountStore.toSignedInUser(admin);
    }
}
