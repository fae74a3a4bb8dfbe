package org.ketaminetraining.bank.quality;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.ketaminetraining.bank.model.BankModule;
import org.ketaminetraining.bank.model.ChoiceOption;
import org.ketaminetraining.bank.model.Question;

/**
 * Word cues in the options of choice items: signals a test-wise learner can follow without knowing the content.
 * Absolute words ("always", "never", "only", "all", "none", "must") mark a wrong option when item writers use them
 * mostly to make distractors false; hedges ("mixed", "limited", "not established" ...) mark the key when writers use
 * them mostly to make keys true. Each is measured as the share of keys and the share of distractors (wrong options)
 * that contain one, so that a gate can require that the words say nothing about which option is right.
 *
 * @param absoluteInKeys         correct options of all choice items that contain an absolute word
 * @param absoluteInDistractors  wrong options of all choice items that contain an absolute word
 * @param hedgedKeys             correct options of the choice items in the hedge modules that contain a hedge
 * @param hedgedDistractors      wrong options of the choice items in the hedge modules that contain a hedge
 */
public record CueWords(Share absoluteInKeys, Share absoluteInDistractors, Share hedgedKeys, Share hedgedDistractors) {

    /** The words a writer reaches for to make a statement false. */
    public static final Pattern ABSOLUTE = Pattern.compile("\\b(always|never|only|all|none|must)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

    /**
     * The words a writer reaches for to make a statement safe: the six the bank's review named ("mixed",
     * "preliminary", "not fully understood", "may", "limited", "unclear") and the ones this bank uses the same way.
     */
    public static final Pattern HEDGE = Pattern.compile("\\b(mixed|preliminary|not fully understood|may|might"
            + "|limited|unclear|uncertain|unknown|not established|not (?:been )?shown|unproven|untested|weak|small"
            + "|exploratory|not robust|partly|case by case|possibl[ey])\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

    /** A count out of a total. */
    public record Share(int with, int of) {
        public double value() {
            return of == 0 ? 0 : (double) with / of;
        }

        @Override
        public String toString() {
            return with + "/" + of + String.format(Locale.ROOT, " (%.1f%%)", 100 * value());
        }
    }

    /**
     * Measures the choice items of a bank's modules.
     *
     * @param hedgeModules the modules whose options are measured for hedges: where the evidence is the content
     *                     (mechanism, evidence, holistic care), a hedged key is the cue to watch
     */
    public static CueWords of(List<BankModule> modules, Set<String> hedgeModules) {
        List<Question> all = modules.stream().map(BankModule::questions).flatMap(List::stream).toList();
        List<Question> hedgeScope = modules.stream().filter(m -> hedgeModules.contains(m.id()))
                .map(BankModule::questions).flatMap(List::stream).toList();
        return new CueWords(count(all, true, ABSOLUTE), count(all, false, ABSOLUTE), count(hedgeScope, true, HEDGE),
                count(hedgeScope, false, HEDGE));
    }

    private static Share count(Collection<Question> questions, boolean keys, Pattern words) {
        int with = 0;
        int of = 0;
        for (Question question : questions) {
            for (ChoiceOption option : question.answer().choiceOptions()) {
                if (option.correct() == keys) {
                    of++;
                    if (words.matcher(option.text()).find()) {
                        with++;
                    }
                }
            }
        }
        return new Share(with, of);
    }

    /** Whether distractors carry absolute words no more often than keys do. */
    public boolean absoluteWordsGiveNothingAway() {
        return absoluteInDistractors.value() <= absoluteInKeys.value();
    }

    /**
     * The share of hedged keys over the share of hedged distractors: 1 means hedges say nothing about the key, and
     * above 1 a hedged option is more likely the key. Infinite when keys hedge and distractors never do.
     */
    public double hedgeRatio() {
        if (hedgedDistractors.value() == 0) {
            return hedgedKeys.with() == 0 ? 0 : Double.POSITIVE_INFINITY;
        }
        return hedgedKeys.value() / hedgedDistractors.value();
    }

    @Override
    public String toString() {
        return "absolute words in keys " + absoluteInKeys + ", in distractors " + absoluteInDistractors
                + "; hedges in keys " + hedgedKeys + ", in distractors " + hedgedDistractors
                + String.format(Locale.ROOT, " (ratio %.2f)", hedgeRatio());
    }
}
