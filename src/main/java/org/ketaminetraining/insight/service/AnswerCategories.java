package org.ketaminetraining.insight.service;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.ketaminetraining.bank.model.AnswerSpec;
import org.ketaminetraining.bank.model.ChoiceOption;
import org.ketaminetraining.bank.model.ChoiceResponse;
import org.ketaminetraining.bank.model.Question;
import org.ketaminetraining.bank.model.Response;
import org.ketaminetraining.bank.model.TrueFalse;
import org.ketaminetraining.bank.model.TrueFalseResponse;
import org.ketaminetraining.insight.items.ItemKeyInfo;
import org.ketaminetraining.study.ResponseCodec;

/**
 * Stored answers as the categories item analysis counts: a choice item's options by letter in authored order (A, B,
 * C...: the screen shuffles them, the store never does), a true/false item's "true" and "false", and for the other
 * types the stored answer itself, cut short, so that the most common wrong answers can still be read.
 */
final class AnswerCategories {

    /** The category of a stored answer that no longer decodes. */
    static final String UNREADABLE = "(unreadable)";
    /** A free answer is cut to this length before it is counted as a category. */
    static final int MAX_FREE_ANSWER = 80;

    private AnswerCategories() {
    }

    /** The letter of an option by its authored position: A..Z, then the position from 1 written out. */
    static String letter(int position) {
        return position < 26 ? String.valueOf((char) ('A' + position)) : String.valueOf(position + 1);
    }

    /** What analysis must know of the item as published now: its categories and its key. */
    static ItemKeyInfo keyOf(String itemKey, Question question) {
        AnswerSpec answer = question.answer();
        List<ChoiceOption> options = answer.choiceOptions();
        if (!options.isEmpty()) {
            List<String> categories = new ArrayList<>();
            Set<String> key = new LinkedHashSet<>();
            for (int i = 0; i < options.size(); i++) {
                categories.add(letter(i));
                if (options.get(i).correct()) {
                    key.add(letter(i));
                }
            }
            return new ItemKeyInfo(itemKey, categories, key);
        }
        if (answer instanceof TrueFalse trueFalse) {
            return new ItemKeyInfo(itemKey, List.of("true", "false"), Set.of(String.valueOf(trueFalse.answer())));
        }
        return new ItemKeyInfo(itemKey, List.of(), Set.of());
    }

    /** The categories of one stored answer; empty when unanswered or unreadable (then it counts as wrong). */
    static List<String> of(Question question, String stored) {
        if (stored == null || stored.isEmpty()) {
            return List.of();
        }
        Response response;
        try {
            response = ResponseCodec.decode(question.type(), stored);
        } catch (IllegalArgumentException e) {
            return List.of();
        }
        if (response instanceof ChoiceResponse choice) {
            return choice.selectedOptions().stream().sorted().map(AnswerCategories::letter).toList();
        }
        if (response instanceof TrueFalseResponse trueFalse) {
            return List.of(String.valueOf(trueFalse.value()));
        }
        return List.of(stored.length() > MAX_FREE_ANSWER ? stored.substring(0, MAX_FREE_ANSWER) : stored);
    }
}
