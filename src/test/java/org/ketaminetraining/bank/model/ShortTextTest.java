package org.ketaminetraining.bank.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShortTextTest {

    private static final ShortText METABOLITE = new ShortText(List.of("norketamine", "nor-ketamine", "norketamin"));

    @Test
    void everyAcceptedAnswerCountsButOnlyTheFirstIsTheOneToTeach() {
        for (String typed : List.of("Norketamine", " nor-ketamine ", "NORKETAMIN")) {
            assertThat(METABOLITE.isCorrect(new TextResponse(typed))).as(typed).isTrue();
        }
        assertThat(METABOLITE.isCorrect(new TextResponse("ketamine"))).isFalse();
        assertThat(METABOLITE.canonical()).contains("norketamine");
        assertThat(new ShortText(List.of()).canonical()).isEmpty();
    }
}
