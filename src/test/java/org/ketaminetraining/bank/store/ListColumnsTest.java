package org.ketaminetraining.bank.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ketaminetraining.bank.TestBanks;
import org.ketaminetraining.bank.authoring.DraftQuestion;
import org.ketaminetraining.bank.model.Question;
import org.ketaminetraining.bank.model.QuestionType;

class ListColumnsTest {

    @Test
    void tagsAreStoredBetweenSpacesSoThatLikeMatchesWholeTags() {
        assertThat(ListColumns.tagColumn(List.of("safety-critical", "scenario")))
                .isEqualTo(" safety-critical scenario ");
        assertThat(ListColumns.tagColumn(List.of())).isEqualTo(" ");
        assertThat(ListColumns.tagsOf(" safety-critical scenario ")).containsExactly("safety-critical", "scenario");
        assertThat(ListColumns.tagsOf(" ")).isEmpty();
    }

    @Test
    void aPublishedQuestionIsSearchedInItsStemAndAnswersInLowerCase() {
        Question question = TestBanks.valid().questions().stream()
                .filter(q -> q.type() == QuestionType.SINGLE_CHOICE).findFirst().orElseThrow();
        ListColumns columns = ListColumns.of(question);
        assertThat(columns.questionType()).isEqualTo("SINGLE_CHOICE");
        assertThat(columns.safetyCritical()).isEqualTo(question.isSafetyCritical());
        assertThat(columns.searchText()).isEqualTo(columns.searchText().toLowerCase(java.util.Locale.ROOT))
                .doesNotContain("\n").doesNotContain("  ");
        String firstWord = question.stem().strip().split("\\s+")[0].toLowerCase(java.util.Locale.ROOT);
        assertThat(columns.searchText()).startsWith(firstWord);
    }

    @Test
    void aDraftIsSearchedOnlyInTheFieldsOfItsType() {
        DraftQuestion draft = new DraftQuestion("d-1", "dosing", QuestionType.MATCHING, "", List.of("scenario",
                "safety-critical"), "", "", "Match the ROUTE",
                List.of(new DraftQuestion.Option("hidden option", true,
                        "")),
                "", "", "", "", "", "", List.of(), List.of(new DraftQuestion.Pair("Intranasal", "50%")),
                List.of(), "", List.of());
        ListColumns columns = ListColumns.of(draft);
        assertThat(columns.searchText()).isEqualTo("match the route intranasal 50%");
        assertThat(columns.safetyCritical()).isTrue();
        assertThat(columns.tags()).isEqualTo(" scenario safety-critical ");
        assertThat(columns.stemPreview()).isEqualTo("Match the ROUTE");
    }
}
