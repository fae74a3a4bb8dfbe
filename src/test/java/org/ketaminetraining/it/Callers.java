package org.ketaminetraining.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Set;
import org.ketaminetraining.people.Role;
import org.ketaminetraining.people.service.AccountDetails;
import org.ketaminetraining.people.service.AccountService;
import org.ketaminetraining.people.service.AccountStore;
import org.ketaminetraining.people.service.SignedInUser;

/**
 * Real accounts to call services as. Services check the caller against the stored account (enabled, roles,
 * managed departments), so an integration test cannot invent one: it takes the demo administrator the test server
 * seeds, or makes a real account. A CDI bean in the test deployment, for the transaction its reads need.
 */
@ApplicationScoped
public class Callers {

    @Inject
    private AccountStore store;
    @Inject
    private AccountService accounts;

    /** The demo administrator ({@code admin}) that demo mode seeds on the test server. */
    @Transactional
    public SignedInUser admin() {
        return byUsername("admin");
    }

    /** The account as stored now, as a service would see it. */
    @Transactional
    public SignedInUser byId(long accountId) {
        return AccountStore.toSignedInUser(store.byId(accountId).orElseThrow());
    }

    @Transactional
    public SignedInUser byUsername(String username) {
        return AccountStore.toSignedInUser(store.byUsername(username).orElseThrow());
    }

    /** A new account with exactly these roles, members of and managing the given departments. */
    public SignedInUser newAccount(Set<Role> roles, Set<String> departments, Set<String> managed) {
        return newAccount("caller." + Long.toString(System.nanoTime(), 36), roles, departments, managed);
    }

    /** As {@link #newAccount(Set, Set, Set)}, with a username of the test's choosing. */
    public SignedInUser newAccount(String username, Set<Role> roles, Set<String> departments, Set<String> managed) {
        long id = accounts.create(admin(), new AccountDetails(username, uniqueName("Caller"), null, roles,
                departments, managed)).accountId();
        return byId(id);
    }

    /**
     * A display name unique to this run, made of letters only, as names must be ({@code people.DisplayName}): the
     * prefix and a suffix spelling the current nanosecond count in the letters a to p.
     */
    public static String uniqueName(String prefix) {
        StringBuilder suffix = new StringBuilder();
        for (long n = System.nanoTime(); n > 0; n >>>= 4) {
            suffix.append((char) ('a' + (n & 15)));
        }
        return prefix + " " + suffix;
    }

    /** A new manager of the given departments. */
    public SignedInUser newManager(String... departments) {
        return newAccount(Set.of(Role.MANAGER), Set.of(), Set.of(departments));
    }
}
