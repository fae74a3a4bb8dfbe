package org.ketaminetraining.certification.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.ketaminetraining.bank.model.Programme;
import org.ketaminetraining.scheduling.policy.DayBoundary;
import org.ketaminetraining.study.LearningEvidence;

/**
 * Where a learner stands in a programme, derived from the review log: per required module how many published items
 * are learned, and whether the final assessment is unlocked (every required module complete).
 *
 * <p>The rule for one item is {@link LearningEvidence#isLearned}; this class contributes the step the certificate
 * depends on and that is easy to get wrong, turning answer instants into study days through the organisation's
 * {@link DayBoundary}. Calendar midnight is not a boundary: a night-shift session from 23:30 to 00:30 is one study
 * day when the rollover is at 04:00, so a repetition at 00:30 is not "a later day" and does not count as evidence
 * of spaced recall. Study days come from the organisation's zone, not the learner's, so that two learners who
 * answer at the same instant are judged by the same calendar.
 *
 * @param modules one entry per required module, in the programme's order
 * @param started whether the learner has answered anything at all (not started versus studying)
 */
public record ProgrammeCompletion(List<ModuleCompletion> modules, boolean started) {

    public ProgrammeCompletion {
        modules = List.copyOf(modules);
    }

    /**
     * Evaluates a learner's answers against a programme.
     *
     * @param programme          supplies the required modules and the minimum spacing in days
     * @param publishedItems     module id to the ids of its currently published items; a required module missing
     *                           here has no published items (and so is not complete); duplicate ids count once
     * @param answersByItem      item id to the learner's graded answers, in any order; items never answered may be
     *                           missing
     * @param boundary           the organisation's day boundary
     */
    public static ProgrammeCompletion evaluate(Programme programme,
            Map<String, ? extends Collection<String>> publishedItems,
            Map<String, ? extends List<TimedAnswer>> answersByItem, DayBoundary boundary) {
        Objects.requireNonNull(programme, "programme");
        Objects.requireNonNull(publishedItems, "publishedItems");
        Objects.requireNonNull(answersByItem, "answersByItem");
        Objects.requireNonNull(boundary, "boundary");
        List<ModuleCompletion> modules = new ArrayList<>();
        for (String moduleId : programme.requiredModules()) {
            TreeSet<String> items = new TreeSet<String>(AssessmentDraw.orEmpty(publishedItems.get(moduleId)));
            List<String> notYetLearned = items.stream()
                    .filter(item -> !isLearned(answersOf(answersByItem, item), programme.minimumSpacingDays(),
                            boundary))
                    .toList();
            modules.add(new ModuleCompletion(moduleId, items.size(), notYetLearned));
        }
        boolean started = answersByItem.values().stream().anyMatch(answers -> !answers.isEmpty());
        return new ProgrammeCompletion(modules, started);
    }

    /**
     * Whether one item's answers, in any order, show it learned: sorted by instant, mapped to study days through
     * {@code boundary}, then judged by {@link LearningEvidence#isLearned}. Answers at the same instant keep their
     * given order.
     */
    public static boolean isLearned(List<TimedAnswer> answers, int minimumSpacingDays, DayBoundary boundary) {
        List<LearningEvidence.Answer> oldestFirst = answers.stream()
                .sorted(Comparator.comparing(TimedAnswer::answeredAt))
                .map(answer -> new LearningEvidence.Answer(boundary.studyDay(answer.answeredAt()), answer.correct()))
                .toList();
        return LearningEvidence.isLearned(oldestFirst, minimumSpacingDays);
    }

    private static List<TimedAnswer> answersOf(Map<String, ? extends List<TimedAnswer>> answersByItem, String item) {
        List<TimedAnswer> answers = answersByItem.get(item);
        return answers == null ? List.of() : answers;
    }

    /** Every required module complete; a programme that requires no module never unlocks (nothing to assess). */
    public boolean assessmentUnlocked() {
        return !modules.isEmpty() && modules.stream().allMatch(ModuleCompletion::complete);
    }

    public Optional<ModuleCompletion> module(String moduleId) {
        return modules.stream().filter(module -> module.moduleId().equals(moduleId)).findFirst();
    }

    /** Learned items across all required modules. */
    public int learnedItems() {
        return modules.stream().mapToInt(ModuleCompletion::learnedItems).sum();
    }

    /** Published items across all required modules. */
    public int totalItems() {
        return modules.stream().mapToInt(ModuleCompletion::totalItems).sum();
    }
}
