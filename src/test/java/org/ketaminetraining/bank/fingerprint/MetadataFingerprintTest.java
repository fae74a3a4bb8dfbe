package org.ketaminetraining.bank.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.ketaminetraining.bank.model.Difficulty;
import org.ketaminetraining.bank.model.Question;
import org.ketaminetraining.bank.model.Reference;
import org.ketaminetraining.bank.model.TrueFalse;

class MetadataFingerprintTest {
    private static final Question BASE = new Question("q-1", "o", List.of("racemic"), Optional.of(Difficulty.EASY),
            OptionalInt.of(30), "Ketamine is an NMDA antagonist.", TrueFalse.of(true), "It is.",
            List.of(Reference.withUrl("Label", "https://example.org")));

    private static Question with(String objective, List<String> tags, Optional<Difficulty> difficulty,
            OptionalInt seconds) {
        return new Question(BASE.id(), objective, tags, difficulty, seconds, BASE.stem(), BASE.answer(),
                BASE.explanation(), BASE.references());
    }

    @Test
    void isSha256HexOverItsOwnVersionedCanonicalForm() {
        assertThat(MetadataFingerprint.of(BASE)).matches("[0-9a-f]{64}");
        assertThat(MetadataFingerprint.canonicalForm(BASE)).isEqualTo(MetadataFingerprint.VERSION + "\n"
                + "objective=1:o\ntags=1:1\ntag=7:racemic\ndifficulty=4:easy\nexpected_seconds=2:30\n");
        assertThat(MetadataFingerprint.VERSION).isNotEqualTo(ContentFingerprint.VERSION);
    }

    @Test
    void eachOfTheFourFieldsChangesIt() {
        String base = MetadataFingerprint.of(BASE);
        assertThat(List.of(
                with("p", BASE.tags(), BASE.difficulty(), BASE.expectedSeconds()),
                with("o", List.of("racemic", "safety-critical"), BASE.difficulty(), BASE.expectedSeconds()),
                with("o", List.of(), BASE.difficulty(), BASE.expectedSeconds()),
                with("o", BASE.tags(), Optional.of(Difficulty.HARD), BASE.expectedSeconds()),
                with("o", BASE.tags(), Optional.empty(), BASE.expectedSeconds()),
                with("o", BASE.tags(), BASE.difficulty(), OptionalInt.of(31)),
                with("o", BASE.tags(), BASE.difficulty(), OptionalInt.empty())))
                .extracting(MetadataFingerprint::of).doesNotContain(base).doesNotHaveDuplicates();
    }

    @Test
    void tagOrderCountsAndContentDoesNot() {
        Question reordered = with("o", List.of("b", "a"), BASE.difficulty(), BASE.expectedSeconds());
        Question ordered = with("o", List.of("a", "b"), BASE.difficulty(), BASE.expectedSeconds());
        assertThat(MetadataFingerprint.of(reordered)).isNotEqualTo(MetadataFingerprint.of(ordered));
        Question otherContent = new Question(BASE.id(), BASE.objectiveId(), BASE.tags(), BASE.difficulty(),
                BASE.expectedSeconds(), "Another stem", TrueFalse.of(false), "Other.", List.of());
        assertThat(MetadataFingerprint.of(otherContent)).isEqualTo(MetadataFingerprint.of(BASE));
    }

    @Test
    void lengthPrefixesKeepTagBoundaries() {
        Question one = with("o", List.of("ab"), Optional.empty(), OptionalInt.empty());
        Question two = with("o", List.of("a", "b"), Optional.empty(), OptionalInt.empty());
        assertThat(MetadataFingerprint.of(one)).isNotEqualTo(MetadataFingerprint.of(two));
    }
}
