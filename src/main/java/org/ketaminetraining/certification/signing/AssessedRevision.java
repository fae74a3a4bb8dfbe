package org.ketaminetraining.certification.signing;

import java.util.Comparator;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One question of the final assessment, at the revision the candidate actually answered.
 *
 * <p>Why it is signed: questions are revised as evidence changes, so "passed the 2025 curriculum" is only half the
 * story; listing the exact revisions lets anyone later reconstruct what was examined, and lets us find every
 * certificate that rests on a question found to be wrong.
 *
 * <p>Question ids are the bank's ids, restricted here to ASCII letters, digits and {@code . _ : / -} (starting with
 * a letter or digit, at most 100 characters), so that their order is the same in every language and byte order.
 *
 * @param questionId the bank's id of the question, for example {@code dose-obj-calculations}
 * @param revision the question's revision number, 1 or more
 */
public record AssessedRevision(String questionId, int revision) implements Comparable<AssessedRevision> {

    private static final Pattern QUESTION_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/-]{0,99}");
    private static final Comparator<AssessedRevision> ORDER =
            Comparator.comparing(AssessedRevision::questionId).thenComparingInt(AssessedRevision::revision);

    public AssessedRevision {
        Objects.requireNonNull(questionId, "question id is missing");
        if (!QUESTION_ID.matcher(questionId).matches()) {
            throw new IllegalArgumentException("question id must be 1 to 100 ASCII letters, digits or . _ : / - "
                    + "starting with a letter or digit, was '" + questionId + "'");
        }
        if (revision < 1) {
            throw new IllegalArgumentException("revision of question " + questionId + " must be 1 or more, was "
                    + revision);
        }
    }

    /** By question id (which, being ASCII, compares the same as UTF-8 bytes), then revision. */
    @Override
    public int compareTo(AssessedRevision other) {
        return ORDER.compare(this, other);
    }
}
