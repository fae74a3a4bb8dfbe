package org.ketaminetraining.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ketaminetraining.config.AppSettings;
import org.ketaminetraining.people.AccountRules;
import org.ketaminetraining.people.Role;
import org.ketaminetraining.people.ValidationException;
import org.ketaminetraining.people.service.AccountDetails;
import org.ketaminetraining.people.service.AccountService;
import org.ketaminetraining.people.service.AccountView;
import org.ketaminetraining.people.service.AuditEntry;
import org.ketaminetraining.people.service.AuditQuery;
import org.ketaminetraining.people.service.SignInResult;
import org.ketaminetraining.people.service.SignInService;
import org.ketaminetraining.people.service.SignedInUser;

/**
 * Accounts, roles, departments, passwords and the sign-in limits against the real services on Liberty and Derby.
 * The sign-in service counts attempts per client address; each test names addresses no other test uses.
 */
@ExtendWith(ArquillianExtension.class)
class AccountServiceIT {

    private static final java.util.concurrent.atomic.AtomicInteger NEXT_ADDRESS =
            new java.util.concurrent.atomic.AtomicInteger();

    @Deployment
    static WebArchive deployment() {
        return Deployments.appWith("accounts-it.war", AccountServiceIT.class);
    }

    @Inject
    private AccountService accounts;
    @Inject
    private SignInService signIn;
    @Inject
    private Callers callers;
    @Inject
    private AppSettings settings;

    private SignedInUser admin() {
        return callers.admin();
    }

    private static String unique(String prefix) {
        return prefix + Long.toString(System.nanoTime(), 36);
    }

    /** A client address no other test uses (documentation range 2001:db8::/32, one /64 each). */
    private static String address() {
        return "2001:db8:" + Integer.toHexString(NEXT_ADDRESS.incrementAndGet()) + ":"
                + Long.toHexString(System.nanoTime() & 0xffff) + "::/64";
    }

    @Test
    void anAccountKeepsSeveralRolesAndItsDepartments() {
        String code = unique("ward-");
        accounts.createDepartment(admin(), code, "Ward for " + code);
        String username = unique("multi.");
        AccountService.CreatedAccount created = accounts.create(admin(), new AccountDetails(username,
                "Multi Role", "multi@hospital.org", Set.of(Role.TRAINEE, Role.MANAGER), Set.of(code), Set.of(code)));
        AccountView view = accounts.find(admin(), created.accountId()).orElseThrow();
        assertEquals(Set.of(Role.TRAINEE, Role.MANAGER), view.roles());
        assertEquals(Set.of(code), view.departmentCodes());
        assertEquals(Set.of(code), view.managedDepartmentCodes());
        assertTrue(view.hasPassword());
        assertTrue(accounts.recentAudit(admin(), 20).stream().anyMatch(e -> username.equals(e.subject())
                && e.action().equals("account.create")));
    }

    @Test
    void theStartDateIsKeptChangedAndClearedAndAnImplausibleOneIsRefusedAtItsField() {
        String username = unique("start.");
        AccountService.CreatedAccount created = accounts.create(admin(), new AccountDetails(username, "Starter",
                null, Set.of(Role.TRAINEE), Set.of(), Set.of(), java.time.LocalDate.of(2026, 9, 1)));
        assertEquals(java.time.LocalDate.of(2026, 9, 1),
                accounts.find(admin(), created.accountId()).orElseThrow().startDate());
        AccountView view = accounts.find(admin(), created.accountId()).orElseThrow();
        ValidationException refusal = assertThrows(ValidationException.class, () -> accounts.update(admin(),
                created.accountId(), new AccountDetails(username, "Starter", null, view.roles(),
                        view.departmentCodes(), Set.of(), java.time.LocalDate.of(1900, 1, 1))));
        assertEquals(Set.of("startDate"), refusal.messagesByField().keySet());
        assertEquals(java.time.LocalDate.of(2026, 9, 1),
                accounts.find(admin(), created.accountId()).orElseThrow().startDate());
        accounts.update(admin(), created.accountId(), new AccountDetails(username, "Starter", null, view.roles(),
                view.departmentCodes(), Set.of(), null));
        assertNull(accounts.find(admin(), created.accountId()).orElseThrow().startDate());
    }

    @Test
    void theTemporaryPasswordSignsInAndMustBeChanged() {
        String username = unique("temp.");
        String owner = address();
        AccountService.CreatedAccount created = accounts.create(admin(), new AccountDetails(username, "Temp",
                null, Set.of(Role.TRAINEE), Set.of(), Set.of()));
        Optional<SignedInUser> user = signIn.signIn(username, created.temporaryPassword().toCharArray(), owner)
                .user();
        assertTrue(user.isPresent());
        assertTrue(user.get().mustChangePassword());
        SignedInUser changed = signIn.changePassword(created.accountId(),
                created.temporaryPassword().toCharArray(), "a fresh long passphrase".toCharArray());
        assertFalse(changed.mustChangePassword());
        assertTrue(signIn.signIn(username, "a fresh long passphrase".toCharArray(), owner).user().isPresent());
        assertInstanceOf(SignInResult.Refused.class, signIn.signIn(username,
                created.temporaryPassword().toCharArray(), owner));
    }

    @Test
    void fiveWrongPasswordsHoldOffThatAddressWhileTheOwnerSignsInFromTheirs() {
        String username = unique("held.");
        AccountService.CreatedAccount created = accounts.create(admin(), new AccountDetails(username, "Held",
                null, Set.of(Role.TRAINEE), Set.of(), Set.of()));
        char[] right = created.temporaryPassword().toCharArray();
        String owner = address();
        String attacker = address();
        assertTrue(signIn.signIn(username, right, owner).user().isPresent());
        for (int i = 0; i < 5; i++) {
            assertInstanceOf(SignInResult.Refused.class, signIn.signIn(username, "wrong password!".toCharArray(),
                    attacker));
        }
        // From the attacker's address even the right password now waits, refused like a wrong one ...
        assertInstanceOf(SignInResult.Refused.class, signIn.signIn(username, right, attacker));
        // ... while the owner, at their address or a new one, is not locked out.
        assertTrue(signIn.signIn(username, right, owner).user().isPresent());
        assertTrue(signIn.signIn(username, right, address()).user().isPresent());
        assertFalse(accounts.find(admin(), created.accountId()).orElseThrow().locked());
    }

    @Test
    void fiftyFailuresFromManyAddressesLockTheAccountEverywhereButItsUsualAddressUntilAReset() {
        String username = unique("ceil.");
        AccountService.CreatedAccount created = accounts.create(admin(), new AccountDetails(username, "Ceiling",
                null, Set.of(Role.TRAINEE), Set.of(), Set.of()));
        char[] right = created.temporaryPassword().toCharArray();
        String usual = address();
        assertTrue(signIn.signIn(username, right, usual).user().isPresent());
        // Ten addresses, five failures each: within every per-address limit, so only the ceiling stops them.
        for (int a = 0; a < 10; a++) {
            String guesser = address();
            for (int i = 0; i < 5; i++) {
                assertInstanceOf(SignInResult.Refused.class, signIn.signIn(username,
                        ("guess number " + i).toCharArray(), guesser));
            }
        }
        assertTrue(accounts.find(admin(), created.accountId()).orElseThrow().locked());
        assertTrue(accounts.recentAudit(admin(), 50).stream().anyMatch(e -> username.equals(e.subject())
                && e.action().equals("account.locked") && e.detail().contains("50 failed sign-ins")
                && e.detail().contains(usual)));
        assertInstanceOf(SignInResult.Refused.class, signIn.signIn(username, right, address()));
        assertTrue(signIn.signIn(username, right, usual).user().isPresent());

        String reset = accounts.resetPassword(admin(), created.accountId());
        assertFalse(accounts.find(admin(), created.accountId()).orElseThrow().locked());
        assertTrue(accounts.recentAudit(admin(), 50).stream().anyMatch(e -> username.equals(e.subject())
                && e.action().equals("account.password-reset") && "unlocked after failed sign-ins".equals(
                        e.detail())));
        assertTrue(signIn.signIn(username, reset.toCharArray(), address()).user().isPresent());
    }

    @Test
    void onePasswordSprayedOverManyAccountsFromOneAddressIsStoppedAfterTen() {
        String sprayer = address();
        for (int i = 0; i < 10; i++) {
            assertInstanceOf(SignInResult.Refused.class, signIn.signIn(unique("spray" + i + "."),
                    "Summer2026!Summer".toCharArray(), sprayer));
        }
        String username = unique("sprayed.");
        AccountService.CreatedAccount created = accounts.create(admin(), new AccountDetails(username, "Sprayed",
                null, Set.of(Role.TRAINEE), Set.of(), Set.of()));
        SignInResult refused = signIn.signIn(username, created.temporaryPassword().toCharArray(), sprayer);
        SignInResult.Throttled throttled = assertInstanceOf(SignInResult.Throttled.class, refused);
        assertEquals(1, throttled.minutes());
        assertTrue(signIn.signIn(username, created.temporaryPassword().toCharArray(), address()).user()
                .isPresent());
    }

    @Test
    void aDisabledAccountCannotSignIn() {
        String username = unique("off.");
        String owner = address();
        AccountService.CreatedAccount created = accounts.create(admin(), new AccountDetails(username, "Off",
                null, Set.of(Role.EDUCATOR), Set.of(), Set.of()));
        accounts.setEnabled(admin(), created.accountId(), false);
        assertInstanceOf(SignInResult.Refused.class, signIn.signIn(username,
                created.temporaryPassword().toCharArray(), owner));
        accounts.setEnabled(admin(), created.accountId(), true);
        assertTrue(signIn.signIn(username, created.temporaryPassword().toCharArray(), owner).user().isPresent());
    }

    @Test
    void anOverlongClientKeyIsRefusedByTheService() {
        IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class,
                () -> signIn.signIn("nobody", "whatever".toCharArray(), "x".repeat(65)));
        assertTrue(refusal.getMessage().contains("clientKey must be at most 64 characters"), refusal.getMessage());
    }

    @Test
    void badDetailsAreRefusedByFieldAndNothingIsStored() {
        int before = accounts.list(admin(), "").size();
        ValidationException refusal = assertThrows(ValidationException.class, () -> accounts.create(admin(),
                new AccountDetails("Not Valid!", "", "not-an-email", Set.of(), Set.of(), Set.of())));
        assertEquals(Set.of("username", "displayName", "email", "roles"), refusal.messagesByField().keySet());
        ValidationException unknownDepartment = assertThrows(ValidationException.class, () -> accounts.create(
                admin(), new AccountDetails(unique("dep."), "Dep", null, Set.of(Role.TRAINEE),
                        Set.of("no-such-ward"), Set.of())));
        assertTrue(unknownDepartment.messagesByField().containsKey("departments"));
        assertEquals(before, accounts.list(admin(), "").size());
    }

    @Test
    void aNewTraineeWithoutADepartmentJoinsTheDefaultOneAndNoTraineeIsLeftInNone() {
        // The test server sets KT_DEFAULT_DEPARTMENT to the demo ward (pom.xml).
        String preset = settings.defaultDepartment().orElseThrow();
        assertTrue(accounts.departments(admin()).stream().anyMatch(d -> d.code().equals(preset)
                && d.defaultForNewTrainees()));
        String username = unique("newbie.");
        long id = accounts.create(admin(), new AccountDetails(username, "Newbie", null, Set.of(Role.TRAINEE),
                Set.of(), Set.of())).accountId();
        AccountView newbie = accounts.find(admin(), id).orElseThrow();
        assertEquals(Set.of(preset), newbie.departmentCodes());
        assertTrue(accounts.recentAudit(admin(), 50).stream().anyMatch(e -> username.equals(e.subject())
                && e.action().equals("account.create") && e.detail().contains("departments [" + preset + "]")));

        ValidationException emptied = assertThrows(ValidationException.class, () -> accounts.update(admin(), id,
                new AccountDetails(username, "Newbie", null, Set.of(Role.TRAINEE), Set.of(), Set.of())));
        assertEquals(Set.of("departments"), emptied.messagesByField().keySet());
        assertEquals(AccountRules.NO_DEPARTMENT, emptied.messagesByField().get("departments"));
        assertEquals(Set.of(preset), accounts.find(admin(), id).orElseThrow().departmentCodes(), "nothing changed");

        long educator = accounts.create(admin(), new AccountDetails(unique("edu."), "Educator", null,
                Set.of(Role.EDUCATOR), Set.of(), Set.of())).accountId();
        assertEquals(Set.of(), accounts.find(admin(), educator).orElseThrow().departmentCodes(),
                "only trainees are placed: nobody's report lists an educator");
    }

    @Test
    void aDuplicateUsernameIsRefused() {
        String username = unique("dup.");
        accounts.create(admin(), new AccountDetails(username, "One", null, Set.of(Role.TRAINEE), Set.of(),
                Set.of()));
        ValidationException refusal = assertThrows(ValidationException.class, () -> accounts.create(admin(),
                new AccountDetails(username.toUpperCase(java.util.Locale.ROOT), "Two", null, Set.of(Role.TRAINEE),
                        Set.of(), Set.of())));
        assertTrue(refusal.messagesByField().get("username").contains("taken"));
    }

    @Test
    void theAuditTrailIsFilteredByActorActionAndTimePagedNewestFirstAndReadByAdministratorsOnly() {
        // An underscore in the actor: a LIKE wildcard unless the query escapes it. The actor is an administrator
        // account of its own, since services record the caller as the actor.
        SignedInUser auditor = callers.newAccount(unique("audit_"), Set.of(Role.ADMIN), Set.of(), Set.of());
        String actor = auditor.username();
        Instant from = Instant.now().minusSeconds(5);
        for (int i = 0; i < 3; i++) {
            accounts.create(auditor, new AccountDetails(unique("audited."), "Audited", null, Set.of(Role.TRAINEE),
                    Set.of(), Set.of()));
        }
        accounts.createDepartment(auditor, unique("audit-"), "Audit ward " + actor);
        Instant until = Instant.now().plusSeconds(5);
        SignedInUser admin = admin();

        assertEquals(4, accounts.countAudit(admin, byActor(actor.toUpperCase(java.util.Locale.ROOT), 0, 10)));
        assertEquals(0, accounts.countAudit(admin, byActor(actor.replace("_", "%"), 0, 10)));
        assertEquals(0, accounts.countAudit(admin, byActor(actor.replace("_", "x"), 0, 10)));

        AuditQuery creations = new AuditQuery(Optional.of(actor), Optional.of("account.create"), Optional.of(from),
                Optional.of(until), true, 0, 10);
        List<AuditEntry> all = accounts.findAudit(admin, creations);
        assertEquals(3, all.size());
        assertTrue(all.stream().allMatch(e -> e.actor().equals(actor) && e.action().equals("account.create")));
        for (int i = 1; i < all.size(); i++) {
            assertFalse(all.get(i).occurredAt().isAfter(all.get(i - 1).occurredAt()), "newest first");
        }
        List<AuditEntry> secondPage = accounts.findAudit(admin, new AuditQuery(creations.actor(),
                creations.action(), creations.from(), creations.until(), true, 1, 2));
        assertEquals(all.subList(1, 3), secondPage);
        List<AuditEntry> oldestFirst = accounts.findAudit(admin, new AuditQuery(creations.actor(),
                creations.action(), creations.from(), creations.until(), false, 0, 10));
        assertEquals(all.get(2), oldestFirst.get(0));
        assertEquals(0, accounts.countAudit(admin, new AuditQuery(Optional.of(actor), Optional.empty(),
                Optional.of(until), Optional.empty(), true, 0, 10)));
        assertTrue(accounts.auditActions(admin).containsAll(List.of("account.create", "department.create")));

        SignedInUser trainee = callers.newAccount(Set.of(Role.TRAINEE, Role.MANAGER), Set.of(), Set.of());
        assertThrows(SecurityException.class, () -> accounts.findAudit(trainee, creations));
        assertThrows(SecurityException.class, () -> accounts.countAudit(trainee, creations));
        assertThrows(SecurityException.class, () -> accounts.auditActions(trainee));
    }

    private static AuditQuery byActor(String actor, int first, int max) {
        return new AuditQuery(Optional.of(actor), Optional.empty(), Optional.empty(), Optional.empty(), true, first,
                max);
    }
}
