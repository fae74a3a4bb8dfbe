package org.ketaminetraining.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ketaminetraining.people.AccountRules;
import org.ketaminetraining.people.Role;
import org.ketaminetraining.people.ValidationException;
import org.ketaminetraining.people.service.AccountDetails;
import org.ketaminetraining.people.service.AccountService;
import org.ketaminetraining.people.service.AccountView;
import org.ketaminetraining.people.service.SignInService;
import org.ketaminetraining.people.service.SignedInUser;
import org.ketaminetraining.platform.AppSettings;

/** Accounts, roles, departments, passwords and lockout against the real services on Liberty and Derby. */
@ExtendWith(ArquillianExtension.class)
class AccountServiceIT {

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
    void theTemporaryPasswordSignsInAndMustBeChanged() {
        String username = unique("temp.");
        AccountService.CreatedAccount created = accounts.create(admin(), new AccountDetails(username, "Temp",
                null, Set.of(Role.TRAINEE), Set.of(), Set.of()));
        Optional<SignedInUser> user = signIn.signIn(username, created.temporaryPassword().toCharArray());
        assertTrue(user.isPresent());
        assertTrue(user.get().mustChangePassword());
        SignedInUser changed = signIn.changePassword(created.accountId(),
                created.temporaryPassword().toCharArray(), "a fresh long passphrase".toCharArray());
        assertFalse(changed.mustChangePassword());
        assertTrue(signIn.signIn(username, "a fresh long passphrase".toCharArray()).isPresent());
        assertTrue(signIn.signIn(username, created.temporaryPassword().toCharArray()).isEmpty());
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne() {
        String username = unique("lock.");
        AccountService.CreatedAccount created = accounts.create(admin(), new AccountDetails(username, "Lock",
                null, Set.of(Role.TRAINEE), Set.of(), Set.of()));
        for (int i = 0; i < 5; i++) {
            assertTrue(signIn.signIn(username, "wrong password!".toCharArray()).isEmpty());
        }
        assertTrue(accounts.find(admin(), created.accountId()).orElseThrow().locked());
        assertTrue(signIn.signIn(username, created.temporaryPassword().toCharArray()).isEmpty());
        String reset = accounts.resetPassword(admin(), created.accountId());
        assertFalse(accounts.find(admin(), created.accountId()).orElseThrow().locked());
        assertTrue(signIn.signIn(username, reset.toCharArray()).isPresent());
    }

    @Test
    void aDisabledAccountCannotSignIn() {
        String username = unique("off.");
        AccountService.CreatedAccount created = accounts.create(admin(), new AccountDetails(username, "Off",
                null, Set.of(Role.EDUCATOR), Set.of(), Set.of()));
        accounts.setEnabled(admin(), created.accountId(), false);
        assertTrue(signIn.signIn(username, created.temporaryPassword().toCharArray()).isEmpty());
        accounts.setEnabled(admin(), created.accountId(), true);
        assertTrue(signIn.signIn(username, created.temporaryPassword().toCharArray()).isPresent());
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
}
