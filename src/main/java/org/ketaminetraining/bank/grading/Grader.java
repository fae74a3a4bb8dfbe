package org.ketaminetraining.bank.grading;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.ketaminetraining.bank.model.ChoiceOption;
import org.ketaminetraining.bank.model.ChoiceResponse;
import org.ketaminetraining.bank.model.MultipleResponse;
import org.ketaminetraining.bank.model.Question;
import org.ketaminetraining.bank.model.Response;
import org.ketaminetraining.bank.model.SingleChoice;
import org.ketaminetraining.bank.model.TrueFalse;
import org.ketaminetraining.bank.model.TrueFalseResponse;

/**
 * Grades responses: numeric within tolerance, multiple response as an exact set, ordering in exact order, matching
 * with every pair right, short text after normalising case and spaces. A position that does not exist (a tampered
 * form, a stale page) makes the answer wrong; it does not throw.
 */
public final class Grader {
    private Grader() {
    }

    /**
     * @throws IllegalArgumentException if the response is of a kind the question's type does not take
     */
    public static GradingResult grade(Question question, Response response) {
        boolean correct = question.isCorrect(response);
        return new GradingResult(correct, feedback(question, response));
    }

    private static List<String> feedback(Question question, Response response) {
        if (question.answer() instanceof SingleChoice single && response instanceof ChoiceResponse choice) {
            return optionFeedback(single.options(), choice);
        }
        if (question.answer() instanceof MultipleResponse multiple && response instanceof ChoiceResponse choice) {
            return optionFeedback(multiple.options(), choice);
        }
        if (question.answer() instanceof TrueFalse trueFalse && response instanceof TrueFalseResponse picked) {
            return trueFalse.feedbackFor(picked.value()).stream().toList();
        }
        return List.of();
    }

    private static List<String> optionFeedback(List<ChoiceOption> options, ChoiceResponse choice) {
        return IntStream.range(0, options.size())
                .filter(position -> choice.selectedOptions().contains(position))
                .mapToObj(position -> options.get(position).feedback())
                .flatMap(Optional::stream)
                .toList();
    }
}
