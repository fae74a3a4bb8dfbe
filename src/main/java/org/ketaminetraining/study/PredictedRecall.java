package org.ketaminetraining.study;

import java.time.Instant;
import java.util.Collection;
import java.util.Objects;
import java.util.OptionalDouble;
import org.ketaminetraining.scheduling.CardState;
import org.ketaminetraining.scheduling.Scheduler;

/**
 * The dashboard's "Predicted recall today" of a module: how likely the learner is to remember its questions
 * today, from their past answers.
 *
 * <p>It is the mean over the module's studied questions of each question's recall:
 * <ul>
 *   <li>a question whose latest answer was right: the memory model's retrievability today, R(t, S), with t the
 *       whole study days since that answer (1 on the day of the answer, falling as days pass);</li>
 *   <li>a question whose latest answer was wrong: 0, until it is answered right again. The model puts any
 *       question answered today at recall 1, because the learner has just seen the right answer in the feedback;
 *       counted that way, a module answered 1 of 9 right showed 100%. A wrong answer is the best evidence there
 *       is that the question was not remembered, and the figure must not contradict it.</li>
 * </ul>
 * Questions never studied do not count (there is nothing to predict from). Below {@link #MINIMUM_STUDIED} studied
 * questions (or all of a smaller module) no percentage is given, because one or two answers make it swing from 0
 * to 100%.
 */
public final class PredictedRecall {

    /** Studied questions a module needs before its predicted recall is shown. */
    public static final int MINIMUM_STUDIED = 3;

    private PredictedRecall() {
    }

    /**
     * One studied question.
     *
     * @param state             its memory state, derived from the review log; never {@link CardState#NEW}
     * @param latestAnswerRight whether the latest answer in the log was right
     */
    public record StudiedItem(CardState state, boolean latestAnswerRight) {
        public StudiedItem {
            Objects.requireNonNull(state, "state");
            if (state.isNew()) {
                throw new IllegalArgumentException("a question never studied has no predicted recall");
            }
        }
    }

    /**
     * A module's figure.
     *
     * @param studied the module's questions with at least one answer
     * @param needed  the studied questions needed before a percentage is shown
     * @param mean    the mean recall, 0 to 1; empty while fewer than {@code needed} are studied
     */
    public record ModuleRecall(int studied, int needed, OptionalDouble mean) {
        public ModuleRecall {
            Objects.requireNonNull(mean, "mean");
        }

        /** Some questions are studied, but too few to give a percentage. */
        public boolean tooFewStudied() {
            return studied > 0 && mean.isEmpty();
        }
    }

    /** One studied question's recall today: 0 after a wrong answer, else the model's retrievability. */
    public static double of(StudiedItem item, Scheduler model, Instant now) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(now, "now");
        if (!item.latestAnswerRight()) {
            return 0;
        }
        return Math.max(0, Math.min(1, model.retrievabilityAt(item.state(), now)));
    }

    /**
     * A module's predicted recall today.
     *
     * @param studied     the module's studied questions
     * @param moduleItems all the module's questions, studied or not
     * @throws IllegalArgumentException when more questions are studied than the module has
     */
    public static ModuleRecall ofModule(Collection<StudiedItem> studied, int moduleItems, Scheduler model,
            Instant now) {
        Objects.requireNonNull(studied, "studied");
        if (studied.size() > moduleItems) {
            throw new IllegalArgumentException(studied.size() + " questions studied in a module of " + moduleItems);
        }
        int needed = Math.max(1, Math.min(MINIMUM_STUDIED, moduleItems));
        if (studied.size() < needed) {
            return new ModuleRecall(studied.size(), needed, OptionalDouble.empty());
        }
        double sum = 0;
        for (StudiedItem item : studied) {
            sum += of(item, model, now);
        }
        return new ModuleRecall(studied.size(), needed, OptionalDouble.of(sum / studied.size()));
    }
}
