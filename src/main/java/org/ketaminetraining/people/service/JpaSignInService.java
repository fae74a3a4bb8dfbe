package org.ketaminetraining.people.service;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.ketaminetraining.people.AccountFailureCeiling;
import org.ketaminetraining.people.PasswordHasher;
import org.ketaminetraining.people.PasswordPolicy;
import org.ketaminetraining.people.PasswordWork;
import org.ketaminetraining.people.SignInAttempts;
import org.ketaminetraining.people.ValidationException;
import org.ketaminetraining.people.model.Account;

/**
 * Password sign-in against the stored hashes, with the three sign-in limits: per client address and per account
 * and address in memory ({@link SignInAttempts}), and the account-wide ceiling in the account's row.
 */
@ApplicationScoped
@Transactional
public class JpaSignInService implements SignInService {

    private static final Logger LOG = Logger.getLogger(JpaSignInService.class.getName());
    private static final String UNKNOWN_CLIENT = "unknown";

    @Inject
    private AccountStore store;
    @Inject
    private AuditTrail audit;
    @Inject
    private PasswordHasher hasher;
    @Inject
    private PasswordWork passwordWork;
    @Inject
    private Clock clock;

    private final AccountFailureCeiling ceiling = AccountFailureCeiling.STANDARD;
    /** One per application; in one server's memory until the scale-out issue moves it to the database. */
    private SignInAttempts attempts;

    @PostConstruct
    void startCounting() {
        attempts = SignInAttempts.standard(clock);
    }

    @Override
    public SignInResult signIn(String username, char[] password, String clientKey) {
        String client = checkedClientKey(clientKey);
        // The turn is taken before the attempt is counted: an attempt the server was too busy to check costs the
        // person nothing. Throttled attempts wait for a turn too, but hold it for microseconds.
        try (PasswordWork.Slot turn = passwordWork.enter()) {
            return signInWithTurn(username, password, client);
        } catch (PasswordWork.Busy busy) {
            LOG.warning(() -> "Sign-in not checked: " + passwordWork.waiting() + " others are waiting for a turn");
            return new SignInResult.Busy(passwordWork.retryAfter());
        }
    }

    private SignInResult signInWithTurn(String username, char[] password, String client) {
        SignInAttempts.Admission admission = attempts.admit(client, username);
        if (admission.verdict() == SignInAttempts.Verdict.THROTTLED) {
            // Refused before any hashing: it reveals nothing about accounts and costs the server nothing.
            return new SignInResult.Throttled(admission.retryAfter());
        }
        if (admission.exhaustedBudget()) {
            LOG.warning(() -> "Sign-ins from " + client + " are throttled after repeated failures");
        }
        Instant now = clock.instant();
        Optional<Account> found = store.byUsername(username);
        // The hash is computed for every admitted attempt, for an unknown user too (against no hash), so that the
        // time taken does not reveal which usernames exist or which refusals are held off.
        boolean passwordMatches = hasher.matches(password, found.map(Account::getPasswordHash).orElse(null));
        if (found.isEmpty() || admission.verdict() == SignInAttempts.Verdict.HELD_OFF) {
            return new SignInResult.Refused();
        }
        Account account = found.get();
        if (!account.isEnabled() || account.isLocked() && !client.equals(account.getLastSignInFrom())) {
            LOG.info(() -> "Sign-in refused for disabled or locked account " + account.getUsername() + " from "
                    + client);
            return new SignInResult.Refused();
        }
        if (!passwordMatches) {
            countFailure(account, now);
            return new SignInResult.Refused();
        }
        attempts.succeeded(client, username);
        if (hasher.needsRehash(account.getPasswordHash())) {
            account.upgradeHash(hasher.hash(password));
        }
        account.recordSignIn(now, client);
        return new SignInResult.SignedIn(AccountStore.toSignedInUser(account));
    }

    /** Counts a wrong password towards the account's ceiling, and locks the account when it is reached. */
    private void countFailure(Account account, Instant now) {
        if (account.isLocked()) {
            return;
        }
        // Failures from many addresses at once would otherwise race on the row's version and fail with an
        // optimistic-lock error; the row lock makes them wait their turn and count every one.
        store.em().refresh(account, LockModeType.PESSIMISTIC_WRITE);
        if (account.isLocked()) {
            return;
        }
        AccountFailureCeiling.Count count = ceiling.afterFailure(account.getFailedSignIns(),
                account.getFailuresSince(), now);
        account.recordFailedSignIn(count.failures(), count.windowOpened());
        if (count.reached()) {
            account.lock(now);
            String usual = account.getLastSignInFrom() == null ? "none (no sign-in yet)"
                    : account.getLastSignInFrom();
            audit.record(account.getUsername(), "account.locked", account.getUsername(), "locked after "
                    + count.failures() + " failed sign-ins since " + count.windowOpened()
                    + "; only sign-ins from the last address used (" + usual + ") are accepted until an "
                    + "administrator resets the password");
            LOG.warning(() -> "Account " + account.getUsername() + " locked after " + count.failures()
                    + " failed sign-ins");
        }
    }

    private static String checkedClientKey(String clientKey) {
        if (clientKey == null || clientKey.isBlank()) {
            return UNKNOWN_CLIENT;
        }
        String key = clientKey.strip();
        if (key.length() > MAX_CLIENT_KEY_LENGTH) {
            throw new IllegalArgumentException("clientKey must be at most " + MAX_CLIENT_KEY_LENGTH
                    + " characters, was " + key.length());
        }
        return key;
    }

    @Override
    public SignedInUser changePassword(long accountId, char[] currentPassword, char[] newPassword) {
        // Everyone made by an administrator changes their password at the first sign-in: at a shift change that
        // is a storm of its own, bounded like sign-ins.
        try (PasswordWork.Slot turn = passwordWork.enter()) {
            return changePasswordWithTurn(accountId, currentPassword, newPassword);
        } catch (PasswordWork.Busy busy) {
            throw ValidationException.of("currentPassword", "Many people are signing in right now and your change"
                    + " could not be checked in time. Nothing was changed: please try again in a few seconds.");
        }
    }

    private SignedInUser changePasswordWithTurn(long accountId, char[] currentPassword, char[] newPassword) {
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
