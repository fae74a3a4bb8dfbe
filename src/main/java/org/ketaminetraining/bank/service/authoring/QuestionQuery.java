package org.ketaminetraining.bank.service.authoring;

import java.io.Serializable;
import java.util.Optional;
import org.ketaminetraining.bank.model.QuestionType;

/**
 * A page of the question list: every filter optional (empty text and null mean "any"), a sort and a window.
 *
 * @param moduleKey only this module's questions; null for every module
 * @param text words that must all appear in the stem, the options, pairs, items or accepted answers (any case)
 * @param safetyCritical true or false to keep only those; null for both
 */
public record QuestionQuery(String moduleKey, String text, QuestionType type, String tag, QuestionStatus status,
        Boolean safetyCritical, Sort sort, boolean descending, int offset, int limit) implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The most rows one page may ask for. */
    public static final int MAX_LIMIT = 200;
    /** The longest search text accepted. */
    public static final int MAX_TEXT = 200;

    /** What the list can be sorted by. */
    public enum Sort {
        ID, TYPE, STATUS, LAST_CHANGED
    }

    public QuestionQuery {
        text = text == null ? "" : text.strip();
        tag = tag == null ? "" : tag.strip();
        sort = sort == null ? Sort.ID : sort;
        if (offset < 0 || limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("offset " + offset + " and limit " + limit + " out of range");
        }
        if (text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("search text longer than " + MAX_TEXT + " characters");
        }
    }

    /** The first page of a module, sorted by id. */
    public static QuestionQuery module(String moduleKey, int limit) {
        return new QuestionQuery(moduleKey, "", null, "", null, null, Sort.ID, false, 0, limit);
    }

    public Optional<QuestionType> typeFilter() {
        return Optional.ofNullable(type);
    }
}
