package org.ketaminetraining.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.wicket.authorization.UnauthorizedInstantiationException;
import org.junit.jupiter.api.Test;
import org.ketaminetraining.web.author.QuestionBanksPage;

class AuthorPagesTest extends PageTestBase {

    @Test
    void educatorsSeeEveryProblemOfARefusedBankButCannotReimport() {
        banks.imports.add(FakeBanks.applied(216, 0));
        banks.imports.add(0, FakeBanks.rejected("dosing.yaml:12:5: question 'dose-001': single_choice needs exactly "
                + "one correct option, found 2", "tags.yaml:3:7: tag id must be kebab-case"));
        signInAs(educatorId);
        tester.startPage(QuestionBanksPage.class);
        tester.assertRenderedPage(QuestionBanksPage.class);
        String html = tester.getLastResponseAsString();
        assertThat(html).contains("Refused on 2026-11-27 10:00:00 UTC: the files have 2 problem(s)",
                "dosing.yaml:12:5: question &#039;dose-001&#039;", "tags.yaml:3:7", "Dosing by indication",
                "216 new, 0 revised, 0 retired, 0 unchanged");
        tester.assertInvisible("reimport");
        assertThat(html).contains("Question banks").doesNotContain(">Users<");
    }

    @Test
    void administratorsReimportAndSeeTheOutcome() {
        signInAs(adminId);
        tester.startPage(QuestionBanksPage.class);
        assertThat(tester.getLastResponseAsString()).contains("No import has run yet.");
        banks.next = FakeBanks.applied(0, 2);
        form("reimport").submit();
        tester.assertRenderedPage(QuestionBanksPage.class);
        assertThat(tester.getLastResponseAsString()).contains("Done: Question banks re-imported: 0 new, 2 revised");
        banks.next = FakeBanks.rejected("evidence.yaml:40:9: reference needs a title");
        form("reimport").submit();
        assertThat(tester.getLastResponseAsString()).contains("Error: The files have 1 problem(s); nothing was "
                + "imported.", "evidence.yaml:40:9: reference needs a title");
    }

    @Test
    void traineesCannotOpenTheBankPage() {
        signInAs(traineeId);
        assertThatThrownBy(() -> tester.startPage(QuestionBanksPage.class))
                .isInstanceOf(UnauthorizedInstantiationException.class);
    }
}
