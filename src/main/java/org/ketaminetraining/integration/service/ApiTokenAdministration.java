package org.ketaminetraining.integration.service;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.ketaminetraining.people.service.SignedInUser;

/**
 * What administrators do with API tokens: create one (its secret shown once), list them, revoke one. Every method
 * requires an enabled administrator as stored now and records changes in the audit trail
 * ({@code api-token.create}, {@code api-token.revoke}).
 */
public interface ApiTokenAdministration {

    /**
     * @throws SecurityException unless the caller is an administrator
     * @throws org.ketaminetraining.people.ValidationException ("name", "departments", "expiresOn") saying what is
     *     wrong
     */
    CreatedApiToken create(SignedInUser caller, String name, Collection<String> departmentCodes,
            Optional<LocalDate> expiresOn);

    /** Every token, newest first, revoked ones included. */
    List<ApiTokenView> list(SignedInUser caller);

    /**
     * Revokes a token at once; one already revoked stays as it was.
     *
     * @throws IllegalArgumentException when there is no such token
     */
    void revoke(SignedInUser caller, long tokenId);
}
