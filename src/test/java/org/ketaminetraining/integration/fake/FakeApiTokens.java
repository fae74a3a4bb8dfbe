package org.ketaminetraining.integration.fake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.ketaminetraining.integration.service.ApiTokenAdministration;
import org.ketaminetraining.integration.service.ApiTokenView;
import org.ketaminetraining.integration.service.CreatedApiToken;
import org.ketaminetraining.people.Role;
import org.ketaminetraining.people.ValidationException;
import org.ketaminetraining.people.service.SignedInUser;

/** API tokens in memory for page tests, refusing non-administrators as the real service does. */
public final class FakeApiTokens implements ApiTokenAdministration {

    public final List<ApiTokenView> tokens = new ArrayList<>();
    private int next = 1;

    @Override
    public CreatedApiToken create(SignedInUser caller, String name, Collection<String> departmentCodes,
            Optional<LocalDate> expiresOn) {
        requireAdmin(caller);
        if (name == null || name.isBlank()) {
            throw ValidationException.of("name", "Give the token a name.");
        }
        if (expiresOn.isPresent() && expiresOn.get().isBefore(LocalDate.of(2026, 1, 1))) {
            throw ValidationException.of("expiresOn", "The last day must be today or later.");
        }
        ApiTokenView view = new ApiTokenView(next++, name.strip(), departmentCodes.stream().sorted().toList(),
                Instant.parse("2026-12-07T09:00:00Z"), caller.username(), expiresOn, Optional.empty(),
                Optional.empty(), Optional.empty(), false);
        tokens.add(0, view);
        return new CreatedApiToken(view, "kt_" + "S".repeat(40) + String.format("%03d", view.id()));
    }

    @Override
    public List<ApiTokenView> list(SignedInUser caller) {
        requireAdmin(caller);
        return List.copyOf(tokens);
    }

    @Override
    public void revoke(SignedInUser caller, long tokenId) {
        requireAdmin(caller);
        for (int i = 0; i < tokens.size(); i++) {
            ApiTokenView t = tokens.get(i);
            if (t.id() == tokenId) {
                tokens.set(i, new ApiTokenView(t.id(), t.name(), t.departments(), t.createdAt(), t.createdBy(),
                        t.expiresOn(), t.lastUsedAt(), Optional.of(Instant.parse("2026-12-07T10:00:00Z")),
                        Optional.of(caller.username()), t.expired()));
                return;
            }
        }
        throw new IllegalArgumentException("There is no API token " + tokenId + ".");
    }

    private static void requireAdmin(SignedInUser caller) {
        if (caller == null || !caller.has(Role.ADMIN)) {
            throw new SecurityException("not an administrator");
        }
    }
}
