package org.ketaminetraining.people.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.ketaminetraining.people.PasswordHasher;
import org.ketaminetraining.people.PasswordPolicy;
import org.ketaminetraining.people.SignInLockout;
import org.ketaminetraining.people.ValidationException;
import org.ketaminetraining.people.model.Account;

/** Password sign-in against the stored hashes. */
@ApplicationScoped
@Transactional
public class JpaSignInService implements SignInService {

    private static final Logger LOG = Logger.getLogger(JpaSignInService.class.getName());

    @Inject
    private AccountStore store;
    @Inject
    private AuditTrail audit;
    @Inject
    private PasswordHasher hasher;
    @Inject
    private Clock clock;

    private final SignInLockout lockout = SignInLockout.STANDARD;

    @Override
    public Optional<SignedInUser> signIn(String username, char[] password) {
        Instant now = clock.instant();
        Optional<Account> found = store.byUsername(username);
        if (found.isEmpty()) {
            // Same work as for a real account, so response time does not reveal which usernames exist.
            hasher.matches(password, null);
            return Optional.empty();
        }
        Account account = found.get();
        boolean passwordMatches = hasher.matches(password, account.getPasswordHash());
        if (!account.isEnabled() || lockout.isLocked(account.getLockedUntil(), now)) {
            LOG.info(() -> "Sign-in refused for disabled or locked account " + account.getUsername());
            return Optional.empty();
        }
        if (!passwordMatches) {
            SignInLockout.Failure failure = lockout.afterFailure(account.getFailedSignIns(), now);
            account.recordFailedSignIn(failure.failures(), failure.lockedUntil().orElse(null));
            failure.lockedUntil().ifPresent(until -> {
                audit.record(account.getUsername(), "account.locked", account.getUsername(),
                        "locked until " + until + " after " + lockout.maxFailures() + " failed sign-ins");
                LOG.warning(() -> "Account " + account.getUsername() + " locked until " + until);
            });
            return Optional.empty();
        }
        if (hasher.needsRehash(account.getPasswordHash())) {
            account.setPasswordHash(hasher.hash(password), account.isMustChangePassword());
        }
        account.recordSignIn(now);
        return Optional.of(AccountStore.toSignedInUser(account));
    }

    @Override
    public SignedInUser changePassword(long accountId, char[] currentPassword, char[] newPassword) {
        Account account = store.byId(accountId).filter(Account::isEnabled)
                .orElseThrow(() -> ValidationException.of("currentPassword", "Your account is no longer active."));
        Map<String, String> problems = new LinkedHashMap<>();
        if (!hasher.matches(currentPassword, account.getPasswordHash())) {
            problems.put("currentPassword", "The current password is not right.");
        }
        List<String> policy = PasswordPolicy.problems(new String(newPassword), account.getUsername());
        if (!policy.isEmpty()) {
            problems.put("newPassword", String.join(" ", policy));
        } else if (hasher.matches(newPassword, account.getPasswordHash())) {
            problems.put("newPassword", "Choose a password different from the current one.");
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        account.setPasswordHash(hasher.hash(newPassword), false);
        audit.record(account.getUsername(), "account.password-change", account.getUsername(), null);
        return AccountStore.toSignedInUser(account);
    }
}
