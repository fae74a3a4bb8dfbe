package org.ketaminetraining.integration.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ketaminetraining.config.AppSettings;
import org.ketaminetraining.integration.ApiTokenSecret;
import org.ketaminetraining.integration.store.ApiToken;
import org.ketaminetraining.people.Role;
import org.ketaminetraining.people.ValidationException;
import org.ketaminetraining.people.model.Account;
import org.ketaminetraining.people.model.Department;
import org.ketaminetraining.people.service.AccessControl;
import org.ketaminetraining.people.service.AccessDeniedException;
import org.ketaminetraining.people.service.AccountStore;
import org.ketaminetraining.people.service.AuditTrail;
import org.ketaminetraining.people.service.SignedInUser;

/**
 * API tokens: administrators create them (the secret is shown once, only its SHA-256 is stored), list and revoke
 * them, every step in the audit trail; the JSON API authenticates a presented token here. A token acts with the
 * authority of the administrator who created it, narrowed to its departments: it stops working when it is revoked,
 * after its last day, or when that administrator's account is disabled or loses the role.
 */
@ApplicationScoped
public class ApiTokens implements ApiTokenAdministration {

    /** Last use is written at most this often per token, so a busy integration does not write on every read. */
    static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);
    static final int MAX_DEPARTMENTS = 200;

    @PersistenceContext(unitName = "ketamine-training")
    private EntityManager em;
    @Inject
    private AccessControl access;
    @Inject
    private AccountStore accounts;
    @Inject
    private AuditTrail audit;
    @Inject
    private SecureRandom random;
    @Inject
    private Clock clock;
    @Inject
    private AppSettings settings;

    /**
     * Creates a token for the departments named by code, working through {@code expiresOn} when given.
     *
     * @throws AccessDeniedException unless the caller is an administrator, as stored now
     * @throws ValidationException   ("name", "departments", "expiresOn") saying what is wrong
     */
    @Transactional
    @Override
    public CreatedApiToken create(SignedInUser caller, String name, Collection<String> departmentCodes,
            Optional<LocalDate> expiresOn) {
        SignedInUser admin = access.require(caller, Role.ADMIN);
        String cleanName = name(name);
        if (departmentCodes == null || departmentCodes.isEmpty()) {
            throw ValidationException.of("departments", "Choose at least one department the token may read.");
        }
        if (departmentCodes.size() > MAX_DEPARTMENTS) {
            throw ValidationException.of("departments", "Choose at most " + MAX_DEPARTMENTS + " departments.");
        }
        Set<Department> departments = accounts.departmentsByCode(departmentCodes, "departments");
        LocalDate today = today();
        if (expiresOn.isPresent() && expiresOn.get().isBefore(today)) {
            throw ValidationException.of("expiresOn", "The last day must be today or later.");
        }
        ApiTokenSecret secret = ApiTokenSecret.generate(random);
        ApiToken token = new ApiToken(cleanName, secret.hash(), departments, expiresOn, clock.instant(),
                admin.username(), admin.accountId());
        em.persist(token);
        em.flush();
        audit.record(admin.username(), "api-token.create", cleanName, "departments "
                + codes(departments) + expiresOn.map(day -> "; last day " + day).orElse("; no last day"));
        return new CreatedApiToken(view(token, today), secret.reveal());
    }

    /** Every token, newest first, revoked ones included. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @Override
    public List<ApiTokenView> list(SignedInUser caller) {
        access.require(caller, Role.ADMIN);
        LocalDate today = today();
        return em.createQuery("SELECT t FROM ApiToken t ORDER BY t.createdAt DESC, t.id DESC", ApiToken.class)
                .getResultStream().map(token -> view(token, today)).toList();
    }

    /**
     * Revokes a token at once; revoking one already revoked changes nothing.
     *
     * @throws IllegalArgumentException when there is no such token
     */
    @Transactional
    @Override
    public void revoke(SignedInUser caller, long tokenId) {
        SignedInUser admin = access.require(caller, Role.ADMIN);
        ApiToken token = em.find(ApiToken.class, tokenId);
        if (token == null) {
            throw new IllegalArgumentException("There is no API token " + tokenId + ".");
        }
        if (token.isRevoked()) {
            return;
        }
        token.revoke(clock.instant(), admin.username());
        audit.record(admin.username(), "api-token.revoke", token.getName(), "token " + tokenId);
    }

    /**
     * The caller a presented token stands for, noting its use.
     *
     * @throws ApiTokenRefusedException when it is unknown, revoked, past its last day, or its administrator is no
     *     longer an enabled administrator
     */
    @Transactional
    public ApiCaller authenticate(ApiTokenSecret presented) {
        List<ApiToken> found = em.createQuery("SELECT t FROM ApiToken t WHERE t.secretHash = :hash", ApiToken.class)
                .setParameter("hash", presented.hash()).getResultList();
        if (found.isEmpty()) {
            throw new ApiTokenRefusedException("unknown token");
        }
        ApiToken token = found.get(0);
        ApiCaller caller = require(token);
        Instant now = clock.instant();
        if (token.getLastUsedAt().map(last -> Duration.between(last, now).compareTo(LAST_USE_PRECISION) >= 0)
                .orElse(true)) {
            token.usedAt(now);
        }
        return caller;
    }

    /**
     * The token's caller as stored now, with the administrator whose authority it carries; for {@link HrReports},
     * inside its transaction.
     */
    Authority authority(ApiCaller caller) {
        ApiToken token = em.find(ApiToken.class, caller.tokenId());
        if (token == null) {
            throw new ApiTokenRefusedException("unknown token");
        }
        ApiCaller current = require(token);
        Account creator = accounts.byId(token.getCreatedByAccount())
                .orElseThrow(() -> new ApiTokenRefusedException("its administrator is gone"));
        SignedInUser admin;
        try {
            admin = access.require(AccountStore.toSignedInUser(creator), Role.ADMIN);
        } catch (AccessDeniedException notAdmin) {
            throw new ApiTokenRefusedException("its administrator is no longer one");
        }
        return new Authority(current, admin, token.getDepartments().stream().map(Department::getName)
                .collect(Collectors.toSet()));
    }

    /**
     * A token's caller and the administrator it acts for.
     *
     * @param departmentNames the names of the token's departments, to keep others out of the answers
     */
    record Authority(ApiCaller caller, SignedInUser administrator, Set<String> departmentNames) {
    }

    private ApiCaller require(ApiToken token) {
        if (!token.worksOn(today())) {
            throw new ApiTokenRefusedException(token.isRevoked() ? "revoked" : "expired");
        }
        return new ApiCaller(token.getId(), token.getName(),
                token.getDepartments().stream().map(Department::getCode).collect(Collectors.toSet()));
    }

    private LocalDate today() {
        return clock.instant().atZone(settings.zone()).toLocalDate();
    }

    private static String name(String given) {
        String name = given == null ? "" : given.strip();
        if (name.isEmpty()) {
            throw ValidationException.of("name", "Give the token a name that says which system uses it.");
        }
        if (name.length() > ApiToken.MAX_NAME_LENGTH) {
            throw ValidationException.of("name", "The name is too long (at most " + ApiToken.MAX_NAME_LENGTH
                    + " characters).");
        }
        if (name.codePoints().anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT)) {
            throw ValidationException.of("name", "The name may not hold control or formatting characters.");
        }
        return name;
    }

    private static String codes(Collection<Department> departments) {
        return departments.stream().map(Department::getCode).sorted().collect(Collectors.joining(", "));
    }

    private static ApiTokenView view(ApiToken token, LocalDate today) {
        return new ApiTokenView(token.getId(), token.getName(), token.getDepartments().stream()
                .map(Department::getName).sorted(Comparator.naturalOrder()).toList(), token.getCreatedAt(),
                token.getCreatedBy(), token.getExpiresOn(), token.getLastUsedAt(), token.getRevokedAt(),
                token.getRevokedBy(), token.getExpiresOn().map(today::isAfter).orElse(false));
    }
}
