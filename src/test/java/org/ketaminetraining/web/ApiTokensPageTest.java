package org.ketaminetraining.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.apache.wicket.authorization.UnauthorizedInstantiationException;
import org.apache.wicket.util.tester.FormTester;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ketaminetraining.integration.fake.FakeApiTokens;
import org.ketaminetraining.integration.service.ApiTokenAdministration;
import org.ketaminetraining.people.Role;
import org.ketaminetraining.web.admin.ApiTokensPage;

/** The administrators' API token page: create (secret shown once), list, revoke; nobody else may open it. */
class ApiTokensPageTest extends PageTestBase {

    private FakeApiTokens tokens;

    @BeforeEach
    void registerTokens() {
        tokens = new FakeApiTokens();
        TestServices.register(ApiTokenAdministration.class, tokens);
        people.departments.put("ed", "Emergency department");
        people.departments.put("icu", "Intensive care");
    }

    @Test
    void onlyAdministratorsOpenIt() {
        for (long who : List.of(traineeId, educatorId, people.add("manager", "manager-password-1",
                Set.of(Role.MANAGER)))) {
            signInAs(who);
            assertThatThrownBy(() -> tester.startPage(ApiTokensPage.class))
                    .isInstanceOf(UnauthorizedInstantiationException.class);
        }
        signInAs(adminId);
        tester.executeUrl("admin/api-tokens");
        tester.assertRenderedPage(ApiTokensPage.class);
        assertThat(tester.getLastResponseAsString()).contains("There are no API tokens yet.");
    }

    @Test
    void aNewTokensSecretIsShownOnceThenOnlyItsRow() {
        signInAs(adminId);
        tester.startPage(ApiTokensPage.class);
        FormTester form = form("form");
        form.setValue("name", "Payroll (Workday)");
        form.selectMultiple("departments", new int[]{1}); // by name: Demo ward, Emergency, Intensive care
        form.submit();

        tester.assertNoErrorMessage();
        String shown = tester.getLastResponseAsString();
        String secret = "kt_" + "S".repeat(40) + "001";
        assertThat(shown).contains("<code id=\"token-secret\"", secret, "Payroll (Workday)",
                "it is not shown again");
        assertThat(tokens.tokens).singleElement().satisfies(t -> assertThat(t.departments()).containsExactly("ed"));

        tester.startPage(ApiTokensPage.class);
        String again = tester.getLastResponseAsString();
        assertThat(again).doesNotContain(secret).contains("Payroll (Workday)", "never", "active");
    }

    @Test
    void aTokenNeedsANameAndADepartment() {
        signInAs(adminId);
        tester.startPage(ApiTokensPage.class);
        form("form").submit();
        assertThat(tester.getLastResponseAsString()).contains("Enter Name.", "Enter Departments.");
        assertThat(tokens.tokens).isEmpty();
    }

    @Test
    void theServicesRefusalIsShownAtItsField() {
        signInAs(adminId);
        tester.startPage(ApiTokensPage.class);
        FormTester form = form("form");
        form.setValue("name", "Old");
        form.selectMultiple("departments", new int[]{2});
        form.setValue("expiresOn", "2020-01-01");
        form.submit();
        assertThat(tester.getLastResponseAsString()).contains("The last day must be today or later.");
        assertThat(tokens.tokens).isEmpty();
    }

    @Test
    void revokingMarksTheRowRevokedAndOffersNoSecondRevoke() {
        signInAs(adminId);
        tester.startPage(ApiTokensPage.class);
        FormTester form = form("form");
        form.setValue("name", "Payroll");
        form.selectMultiple("departments", new int[]{1}); // by name: Demo ward, Emergency, Intensive care
        form.submit();
        tester.startPage(ApiTokensPage.class);
        form("table:rows:0:revoke").submit();

        assertThat(tokens.tokens.get(0).revoked()).isTrue();
        tester.startPage(ApiTokensPage.class);
        assertThat(tester.getLastResponseAsString()).contains("revoked 7 Dec 2026, 11:00, admin");
        tester.assertInvisible("table:rows:0:revoke");
    }
}
