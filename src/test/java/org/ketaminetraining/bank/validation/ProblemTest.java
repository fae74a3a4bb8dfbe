package org.ketaminetraining.bank.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemTest {

    @Test
    void printsLikeACompilerSoEditorsLinkIt() {
        assertThat(Problem.at("questions/dosing.yaml", 120, 7, "question 'dose-014': ...").toString())
                .isEqualTo("questions/dosing.yaml:120:7: question 'dose-014': ...");
        assertThat(new Problem(SourceLocation.wholeFile("questions/tags.yaml"), "file is missing").toString())
                .isEqualTo("questions/tags.yaml: file is missing");
    }

    @Test
    void sortsByFileThenLineThenColumn() {
        List<Problem> sorted = List.of(Problem.at("b.yaml", 1, 1, "x"), Problem.at("a.yaml", 10, 2, "x"),
                Problem.at("a.yaml", 9, 5, "x"), Problem.at("a.yaml", 10, 1, "x")).stream().sorted().toList();
        assertThat(sorted).extracting(p -> p.location().toString())
                .containsExactly("a.yaml:9:5", "a.yaml:10:1", "a.yaml:10:2", "b.yaml:1:1");
        assertThatThrownBy(() -> new SourceLocation("a", -1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyOccurrenceOfADuplicateNamesAllTheOthers() {
        List<LocatedId> ids = List.of(new LocatedId("x", new SourceLocation("a.yaml", 1, 9)),
                new LocatedId("y", new SourceLocation("a.yaml", 5, 9)),
                new LocatedId("x", new SourceLocation("b.yaml", 2, 9)),
                new LocatedId("x", new SourceLocation("c.yaml", 3, 9)));
        assertThat(DuplicateIdCheck.check("question id", ids)).extracting(Problem::toString).containsExactly(
                "a.yaml:1:9: question id 'x' is not unique; it is also used at b.yaml:2:9, c.yaml:3:9",
                "b.yaml:2:9: question id 'x' is not unique; it is also used at a.yaml:1:9, c.yaml:3:9",
                "c.yaml:3:9: question id 'x' is not unique; it is also used at a.yaml:1:9, b.yaml:2:9");
    }
}
