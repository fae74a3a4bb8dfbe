package org.ketaminetraining.bank.fingerprint;

import java.util.Optional;
import org.ketaminetraining.bank.model.Question;

/**
 * The metadata fingerprint of a question: 64 lower-case hex digits of SHA-256 over how the bank files it, which the
 * {@link ContentFingerprint} leaves out: objective, tags (in their order), difficulty and expected seconds. A
 * question whose content or metadata fingerprint changed gets a new revision, so adding the
 * {@code safety-critical} tag in a file or in the browser is never ignored.
 */
public final class MetadataFingerprint {
    /** Bump when the canonical form changes, so that old and new fingerprints never match by accident. */
    public static final String VERSION = "ketamine-training-question-metadata-fingerprint-v1";

    private MetadataFingerprint() {
    }

    public static String of(Question question) {
        return canonical(question).sha256Hex();
    }

    /** The text that is hashed, for tests and for explaining a fingerprint change. */
    public static String canonicalForm(Question question) {
        return canonical(question).toString();
    }

    private static CanonicalForm canonical(Question question) {
        CanonicalForm form = new CanonicalForm(VERSION).text("objective", question.objectiveId())
                .count("tags", question.tags().size());
        question.tags().forEach(tag -> form.text("tag", tag));
        form.optionalText("difficulty", question.difficulty().map(d -> d.yamlName()));
        form.optionalText("expected_seconds", question.expectedSeconds().isPresent()
                ? Optional.of(Integer.toString(question.expectedSeconds().getAsInt())) : Optional.empty());
        return form;
    }
}
