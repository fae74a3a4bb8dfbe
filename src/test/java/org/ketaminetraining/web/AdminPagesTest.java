package org.ketaminetraining.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.wicket.authorization.UnauthorizedInstantiationException;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.apache.wicket.util.tester.FormTester;
import org.junit.jupiter.api.Test;
import org.ketaminetraining.people.Role;
import org.ketaminetraining.web.account.ChangePasswordPage;
import org.ketaminetraining.web.admin.AuditPage;
import org.ketaminetraining.web.admin.BackupPage;
import org.ketaminetraining.web.admin.DepartmentsPage;
import org.ketaminetraining.web.admin.UserEditPage;
import org.ketaminetraining.web.admin.UserImportPage;
import org.ketaminetraining.web.admin.UsersPage;
import org.ketaminetraining.web.app.HomePage;
import org.ketaminetraining.web.layout.AccessDeniedPage;
import org.ketaminetraining.web.layout.BasePage;

class AdminPagesTest extends PageTestBase {

    @Test
    void everyAdminPageRendersForAnAdministrator() {
        signInAs(adminId);
        for (Class<? extends BasePage> page : java.util.List.of(UsersPage.class, UserEditPage.class,
                UserImportPage.class, DepartmentsPage.class, BackupPage.class, AuditPage.class,
                ChangePasswordPage.class, HomePage.class)) {
            tester.startPage(page);
            tester.assertRenderedPage(page);
            assertThat(tester.getLastResponseAsString()).contains("<main id=\"main\"", "Skip to main content");
        }
    }

    @Test
    void traineesAreRefusedEveryAdminPage() {
        signInAs(traineeId);
        for (Class<? extends BasePage> page : java.util.List.of(UsersPage.class, UserEditPage.class,
                UserImportPage.class, DepartmentsPage.class, BackupPage.class, AuditPage.class)) {
            assertThatThrownBy(() -> tester.startPage(page))
                    .isInstanceOf(UnauthorizedInstantiationException.class);
        }
        // Through a URL, as a browser asks, the refusal is the plain-words 403 page.
        tester.setExposeExceptions(false);
        tester.executeUrl("admin/users");
        tester.assertRenderedPage(AccessDeniedPage.class);
        assertThat(tester.getLastResponse().getStatus()).isEqualTo(403);
        tester.startPage(HomePage.class);
        assertThat(tester.getLastResponseAsString()).doesNotContain("Import users");
    }

    @Test
    void usersPageListsAccountsWithTheirStatusInWords() {
        signInAs(adminId);
        tester.startPage(UsersPage.class);
        assertThat(tester.getLastResponseAsString()).contains("admin", "trainee", "Active", "Accounts shown: 3");
        tester.startPage(UsersPage.class, new PageParameters().add("q", "train"));
        assertThat(tester.getLastResponseAsString()).contains("Accounts shown: 1");
    }

    @Test
    void creatingAUserShowsTheTemporaryPasswordOnce() {
        signInAs(adminId);
        tester.startPage(UserEditPage.class);
        FormTester form = form("form");
        form.setValue("username", "new.nurse");
        form.setValue("displayName", "New Nurse");
        form.selectMultiple("roles", new int[]{0});
        form.selectMultiple("departments", new int[]{0});
        form.submit();
        tester.assertRenderedPage(UserEditPage.class);
        assertThat(tester.getLastResponseAsString()).contains("temporary-password-1", "User new.nurse");
        assertThat(people.accounts.values()).anyMatch(a -> a.username().equals("new.nurse")
                && a.roles().contains(Role.TRAINEE));
    }

    @Test
    void theStartDateIsSetOnTheFormAndAnImplausibleOneIsRefusedAtItsField() {
        signInAs(adminId);
        tester.startPage(UserEditPage.class, new PageParameters().add("id", traineeId));
        FormTester form = form("form");
        form.setValue("startDate", "2026-03-02");
        form.submit();
        assertThat(people.accounts.get(traineeId).startDate()).isEqualTo(java.time.LocalDate.of(2026, 3, 2));
        tester.startPage(UserEditPage.class, new PageParameters().add("id", traineeId));
        assertThat(tester.getLastResponseAsString()).contains("value=\"2026-03-02\"");
        form = form("form");
        form.setValue("startDate", "1900-01-01");
        form.submit();
        assertThat(tester.getLastResponseAsString()).contains("The start date must be between 1950-01-01");
        assertThat(people.accounts.get(traineeId).startDate()).isEqualTo(java.time.LocalDate.of(2026, 3, 2));
        form = form("form");
        form.setValue("startDate", "");
        form.submit();
        assertThat(people.accounts.get(traineeId).startDate()).isNull();
    }

    @Test
    void aNewTraineeWithoutADepartmentIsRefusedAtTheDepartmentsField() {
        signInAs(adminId);
        tester.startPage(UserEditPage.class);
        String blank = tester.getLastResponseAsString();
        assertThat(blank).doesNotContainPattern("<input name=\"departments\"[^>]*checked");
        assertThat(blank).contains("id=\"departments-hint\"", "A trainee needs at least one");
        FormTester form = form("form");
        form.setValue("username", "lost.nurse");
        form.setValue("displayName", "Lost Nurse");
        form.selectMultiple("roles", new int[]{0});
        form.submit();
        tester.assertRenderedPage(UserEditPage.class);
        String html = tester.getLastResponseAsString();
        assertThat(between(html, "id=\"departments-error\"", "</div>")).contains(
                "Choose at least one department: a trainee in no department is in no manager&#039;s completion report.");
        assertThat(html).containsPattern("aria-describedby=\"departments-error departments-hint\"");
        assertThat(people.accounts.values()).noneMatch(a -> a.username().equals("lost.nurse"));

        // An educator, who is in nobody's report, needs none.
        FormTester educator = form("form");
        educator.setValue("username", "edu.two");
        educator.setValue("displayName", "Educator Two");
        educator.selectMultiple("roles", new int[]{1}, true);
        educator.submit();
        assertThat(people.accounts.values()).anyMatch(a -> a.username().equals("edu.two")
                && a.departmentCodes().isEmpty());
    }

    @Test
    void theNewUserFormPreselectsTheDefaultDepartment() {
        people.departments.put("new-starters", "New starters");
        people.defaultDepartment = java.util.Optional.of("new-starters");
        signInAs(adminId);
        tester.startPage(UserEditPage.class);
        assertThat(tester.getLastResponseAsString())
                .containsPattern("<input name=\"departments\" type=\"checkbox\" checked=\"checked\"[^>]*>"
                        + "<label[^>]*>new-starters</label>")
                .doesNotContainPattern("<input name=\"departments\" type=\"checkbox\" checked=\"checked\"[^>]*>"
                        + "<label[^>]*>demo-ward</label>");
        FormTester form = form("form");
        form.setValue("username", "new.starter");
        form.setValue("displayName", "New Starter");
        form.selectMultiple("roles", new int[]{0});
        form.submit();
        assertThat(people.accounts.values()).anyMatch(a -> a.username().equals("new.starter")
                && a.departmentCodes().equals(java.util.Set.of("new-starters")));
    }

    @Test
    void aTraineeCannotBeLeftInNoDepartmentOnEditEither() {
        signInAs(adminId);
        tester.startPage(UserEditPage.class, new PageParameters().add("id", traineeId));
        FormTester form = form("form");
        form.selectMultiple("departments", new int[]{}, true);
        form.submit();
        assertThat(between(tester.getLastResponseAsString(), "id=\"departments-error\"", "</div>"))
                .contains("Choose at least one department");
        assertThat(people.accounts.get(traineeId).departmentCodes()).containsExactly("demo-ward");
    }

    @Test
    void theUsersPageFlagsATraineeInNoDepartment() {
        long lost = people.add("lost", "lost-password-1", java.util.Set.of(Role.TRAINEE));
        long loneAdmin = people.add("lone.admin", "lone-password-1", java.util.Set.of(Role.ADMIN));
        for (long id : new long[]{lost, loneAdmin}) {
            var a = people.accounts.get(id);
            people.accounts.put(id, new org.ketaminetraining.people.service.AccountView(id, a.username(),
                    a.displayName(), null, a.roles(), java.util.Set.of(), java.util.Set.of(), true, true, false, null));
        }
        signInAs(adminId);
        tester.startPage(UsersPage.class);
        String html = tester.getLastResponseAsString();
        assertThat(between(html, ">lost<", "</tr>"))
                .contains(
                        "<td data-label=\"Departments\" class=\"no-department\">No department: no manager sees them</td>");
        assertThat(between(html, ">lone.admin<", "</tr>")).doesNotContain("No department");
        assertThat(between(html, ">trainee<", "</tr>")).contains("demo-ward").doesNotContain("No department");
    }

    @Test
    void aReplayedCreateFormChangesNothing() {
        signInAs(adminId);
        for (int attempt = 0; attempt < 2; attempt++) {
            tester.startPage(UserEditPage.class);
            FormTester form = form("form");
            form.setValue("username", "twice");
            form.setValue("displayName", "Sent Twice");
            form.selectMultiple("roles", new int[]{0});
            form.selectMultiple("departments", new int[]{0});
            form.submit();
        }
        assertThat(tester.getLastResponseAsString()).contains("The username &#039;twice&#039; is taken.");
        assertThat(people.accounts.values()).filteredOn(a -> a.username().equals("twice")).hasSize(1);
    }

    @Test
    void aBadUsernameIsReportedAtItsField() {
        signInAs(adminId);
        tester.startPage(UserEditPage.class);
        FormTester form = form("form");
        form.setValue("username", "Bad Name!");
        form.setValue("displayName", "Someone");
        form.submit();
        tester.assertRenderedPage(UserEditPage.class);
        String html = tester.getLastResponseAsString();
        assertThat(html).contains("id=\"username-error\"", "Username must be 2 to 64 characters");
        assertThat(people.accounts).hasSize(3);
    }

    @Test
    void aNameWithABidirectionalOverrideIsRefusedAtItsField() {
        signInAs(adminId);
        tester.startPage(UserEditPage.class);
        FormTester form = form("form");
        form.setValue("username", "ann.etaw");
        form.setValue("displayName", "Ann\u202Eetaw");
        form.submit();
        String html = tester.getLastResponseAsString();
        assertThat(html).contains("id=\"displayName-error\"", "character 4 is U+202E (RIGHT-TO-LEFT OVERRIDE)");
        assertThat(people.accounts).hasSize(3);
    }

    @Test
    void anAdministratorCannotDisableThemself() {
        signInAs(adminId);
        tester.startPage(UserEditPage.class, new PageParameters().add("id", adminId));
        form("actions:toggle").submit();
        assertThat(tester.getLastResponseAsString()).contains("You cannot disable your own account.");
        assertThat(people.accounts.get(adminId).enabled()).isTrue();
    }

    @Test
    void importPreviewListsProblemsByLineAndOffersNoApply() {
        signInAs(adminId);
        tester.startPage(UserImportPage.class);
        FormTester form = form("form");
        form.setValue("csv", "username,display_name,email,department,roles\n"
                + "ok.one,Okay One,,demo-ward,TRAINEE\n"
                + "bad one,Bad,,nowhere,TRAINEE\n");
        form.submit();
        String html = tester.getLastResponseAsString();
        assertThat(html).contains("line 3: username &#039;bad one&#039;",
                "line 3: department &#039;nowhere&#039; does not exist");
        tester.assertInvisible("preview:apply");
        assertThat(people.accounts).hasSize(3);
    }

    @Test
    void aCleanImportIsPreviewedThenApplied() {
        signInAs(adminId);
        tester.startPage(UserImportPage.class);
        FormTester form = form("form");
        form.setValue("csv", "username,display_name,email,department,roles\n"
                + "ok.one,Okay One,,demo-ward,TRAINEE\n"
                + "ok.two,Okay Two,two@h.org,demo-ward,TRAINEE;MANAGER\n");
        form.submit();
        assertThat(tester.getLastResponseAsString()).contains("2 new, 0 changed, 0 unchanged; 0 problem(s).");
        tester.assertLabel("preview:changes:0:displayName", "Okay One");
        tester.assertLabel("preview:changes:1:displayName", "Okay Two");
        assertThat(people.accounts).hasSize(3);
        form("preview:apply").submit();
        assertThat(tester.getLastResponseAsString()).contains("Import applied: 2 new, 0 changed.");
        assertThat(people.accounts).hasSize(5);
    }

    @Test
    void departmentsCanBeAddedAndBadCodesAreRefused() {
        signInAs(adminId);
        tester.startPage(DepartmentsPage.class);
        FormTester bad = form("form");
        bad.setValue("code", "Bad Code");
        bad.setValue("name", "Somewhere");
        bad.submit();
        assertThat(tester.getLastResponseAsString()).contains("id=\"code-error\"", "Code must be 1 to 40");
        FormTester good = form("form");
        good.setValue("code", "icu");
        good.setValue("name", "Intensive care");
        good.submit();
        tester.assertRenderedPage(DepartmentsPage.class);
        assertThat(tester.getLastResponseAsString()).contains("Intensive care");
    }

    @Test
    void backupPageTakesABackup() {
        signInAs(adminId);
        tester.startPage(BackupPage.class);
        assertThat(tester.getLastResponseAsString()).contains("None yet.");
        form("form").submit();
        tester.assertRenderedPage(BackupPage.class);
        assertThat(backups.taken).hasSize(1);
        assertThat(tester.getLastResponseAsString()).contains("Backup written to", "20261127-100000");
    }

    @Test
    void changePasswordChecksTheCurrentOneAndThePolicy() {
        signInAs(traineeId);
        tester.startPage(ChangePasswordPage.class);
        FormTester form = form("form");
        form.setValue("currentPassword", "trainee-password-1");
        form.setValue("newPassword", "short");
        form.setValue("confirm", "short");
        form.submit();
        assertThat(tester.getLastResponseAsString()).contains("id=\"newPassword-error\"", "at least 12");
        FormTester ok = form("form");
        ok.setValue("currentPassword", "trainee-password-1");
        ok.setValue("newPassword", "a much better passphrase");
        ok.setValue("confirm", "a much better passphrase");
        ok.submit();
        // A trainee and nothing else goes on from the home page to their dashboard.
        tester.assertRenderedPage(org.ketaminetraining.web.learner.DashboardPage.class);
        assertThat(people.passwords.get(traineeId)).isEqualTo("a much better passphrase");
    }

    private static String between(String text, String from, String to) {
        int start = text.indexOf(from);
        assertThat(start).as("%s in the page", from).isNotNegative();
        return text.substring(start, text.indexOf(to, start));
    }
}
