package org.ketaminetraining.people.service;

import java.util.Set;

/**
 * Fired (a synchronous CDI event, inside the changing transaction) whenever accounts are created or their roles,
 * departments or enabled flag may have changed, so that features depending on who people are (compliance
 * assignments) bring their own records up to date in the same transaction, without the people services knowing
 * them.
 *
 * @param accountIds the accounts changed (their ids must exist: flush before firing for new accounts)
 */
public record AccountsChanged(Set<Long> accountIds) {

    public AccountsChanged {
        accountIds = Set.copyOf(accountIds);
    }
}
