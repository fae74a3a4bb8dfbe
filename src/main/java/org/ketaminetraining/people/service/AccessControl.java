package org.ketaminetraining.people.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.ketaminetraining.people.Role;
import org.ketaminetraining.people.model.Account;

/**
 * The check every service method that changes or reveals data makes first: is the caller allowed, now?
 *
 * <p>Why here and not (only) in pages: a page's role rule guards building the page, not every way into its code.
 * A form listener on a freshly built stateless page, a link, an API route or a later feature can all reach a
 * service without the page's rule having run. So the service asks, inside its own transaction, whether the
 * caller's account is still enabled and still holds one of the roles, reading the account as stored now rather
 * than trusting the copy in the web session: a role taken away or an account disabled counts at once, not at the
 * next sign-in.
 */
@ApplicationScoped
public class AccessControl {

    @Inject
    private AccountStore store;

    /**
     * The caller as stored now (roles, departments, managed departments), when their account is enabled and holds
     * at least one of {@code anyOf}.
     *
     * @throws AccessDeniedException otherwise, or when there is no caller
     */
    public SignedInUser require(SignedInUser caller, Role... anyOf) {
        if (caller == null) {
            throw new AccessDeniedException("nobody is signed in");
        }
        Account account = store.byId(caller.accountId())
                .filter(Account::isEnabled)
                .orElseThrow(() -> new AccessDeniedException(caller.username() + " has no enabled account"));
        SignedInUser current = AccountStore.toSignedInUser(account);
        if (Arrays.stream(anyOf).noneMatch(current::has)) {
            throw new AccessDeniedException(caller.username() + " is not "
                    + Arrays.stream(anyOf).map(Role::name).collect(Collectors.joining(" or ")));
        }
        return current;
    }
}
