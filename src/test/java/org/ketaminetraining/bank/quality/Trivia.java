package org.ketaminetraining.bank.quality;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.ketaminetraining.bank.model.ChoiceOption;
import org.ketaminetraining.bank.model.NumericAnswer;
import org.ketaminetraining.bank.model.Question;
import org.ketaminetraining.bank.model.ShortText;

/**
 * Trivia a learner could be tested on without it changing what they do for a patient: the measurable part of "test
 * what a nurse or physician acts on". Five kinds are found, each by a rule written so that a reviewer can check a
 * finding by reading the item:
 *
 * <ol>
 *   <li><b>A PMID in what a learner reads</b>: "PMID" followed by a number in the stem, the explanation, or an option
 *       (key or distractor) or its feedback. A learner never needs a PubMed number; the references carry it, and are
 *       not measured.</li>
 *   <li><b>A volume of distribution or protein binding in an option</b>: "volume of distribution", "Vd", "protein
 *       binding", "protein-bound", "bound to (plasma) proteins". Neither changes a dose, a route or a check in this
 *       course (no interaction or dose adjustment in the labels depends on them).</li>
 *   <li><b>A sample size in an option</b>: a number (in digits, "2,903", or in words, "seven", "several hundred",
 *       "five thousand") followed, at most two words later, by the people a study counted (patients, participants,
 *       subjects, people, adults, children, veterans, completers, volunteers, responders), or at most one word later by
 *       the studies a review counted (trials, studies, RCTs); and "n = 30". The words between are not units or
 *       prepositions ("84 mg in adults" is a dose), a phase is not a count ("phase 3 trials") and trials already
 *       named are not counted again ("all three trials", "the three trials"). A trial of a treatment in one patient's
 *       history is not a sample size, so "2 adequate antidepressant trials" (the definition of treatment-resistant
 *       depression, a threshold) is not counted: a study count qualified by antidepressant, drug, medication,
 *       treatment or adequate is left alone. A stem may still state a study's size as context ("a randomised
 *       crossover trial in 18 patients"), because a reader weighs a small trial differently; it is measured only
 *       where it is the answer.</li>
 *   <li><b>A stem that asks how many</b> trials, studies, RCTs, patients, participants, subjects, people, adults,
 *       children, veterans or completers, or a numeric item whose unit is one of those: the size of a study as the
 *       thing tested. A number needed to treat or to harm ("NNT", "number needed to treat") is an effect measure
 *       a clinician uses to explain benefit and is not counted.</li>
 *   <li><b>A short-text item whose answer is a single word that is not a medicine, a dose, a threshold or an
 *       action</b>. The canonical (first) accepted answer is read, leading "the"/"a" dropped. It is acted on when it
 *       holds a digit (a dose, a threshold, a time), is a medicine in {@link #MEDICINES} (the medicines the course
 *       has a clinician give, withhold or check for) or is a verb in {@link #ACTIONS}. Any other single word (a
 *       brain structure, a metabolite, an enantiomer, a device, the name of an adverse effect) is the recall of a
 *       term: typing it tests spelling as much as knowledge, and knowing it changes nothing at the bedside. Answers
 *       of several words are not measured: a phrase can state an action or a finding, and a reviewer reads those.
 *       A medicine or action added to the lists is a reviewed change to the gate, not a way round it.</li>
 * </ol>
 */
final class Trivia {

    /** One piece of trivia: the item, which rule found it and the text it found it in. */
    record Finding(String questionId, Kind kind, String text) {
    }

    /** The kinds of trivia the gate refuses. */
    enum Kind {
        PMID, DISTRIBUTION, SAMPLE_SIZE, ASKS_STUDY_SIZE, TERM_ANSWER
    }

    /** Medicines a clinician in this course gives, withholds or checks for; a one-word answer naming one is acted on. */
    static final Set<String> MEDICINES = Set.of("ketamine", "esketamine", "midazolam", "lorazepam", "diazepam",
            "benzodiazepine", "benzodiazepines", "glycopyrrolate", "atropine", "theophylline", "aminophylline",
            "vasopressin", "naloxone", "flumazenil", "propofol", "spravato", "ketalar");

    /** One-word actions a clinician takes. */
    static final Set<String> ACTIONS = Set.of("stop", "withhold", "hold", "delay", "discontinue", "continue",
            "refer", "observe", "monitor", "dilute", "reassure", "escalate", "call");

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS;
    private static final Pattern PMID = Pattern.compile("\\bPMIDs?\\b\\s*:?\\s*\\d", FLAGS);
    private static final Pattern DISTRIBUTION = Pattern.compile("volumes? of distribution|\\bVd\\b|\\bV\\s?ss\\b"
            + "|protein[- ]binding|protein[- ]bound|bound to (?:plasma )?proteins?", FLAGS);
    private static final String NUMBER = "(?:\\d{1,3}(?:,\\d{3})+|\\d+|one|two|three|four|five|six|seven|eight|nine"
            + "|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty"
            + "|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?)(?:-(?:one|two|three|four|five|six|seven"
            + "|eight|nine))?";
    private static final String PEOPLE = "(?:patients?|participants?|subjects?|people|adults?|children|veterans?"
            + "|completers?|volunteers?|responders?)";
    private static final String STUDIES = "(?:trials?|studies|study|RCTs?)";
    private static final String WORD = "[\\p{L}][\\p{L}'’-]*";
    /** A word between a number and what it counts, but not a unit or a preposition ("84 mg in adults"). */
    private static final String QUALIFIER = "(?!(?:mg|mcg|kg|ml|l|g|in|of|for|with|at|aged|over|under|per|to|and"
            + "|or|than)\\b)" + WORD;
    /**
     * Not a phase ("phase 3 trials"), not a reference to trials already named ("all three trials") and not a year
     * ("as of 2026 no trial").
     */
    private static final String NOT_NAMED = "(?<!\\bphase )(?<!\\b(?:all|the|these|those|both) )(?!(?:19|20)\\d{2}\\b)";
    private static final Pattern COUNTED_PEOPLE = Pattern.compile(NOT_NAMED + "\\b" + NUMBER + "(?:[ -]" + QUALIFIER
            + "){0,2}?[ -]" + PEOPLE + "\\b", FLAGS);
    private static final Pattern COUNTED_STUDIES = Pattern.compile(NOT_NAMED + "\\b" + NUMBER + "(?:[ -](" + QUALIFIER
            + "))?[ -]" + STUDIES + "\\b", FLAGS);
    private static final Pattern TREATMENT_TRIAL = Pattern.compile("antidepressants?|drugs?|medications?"
            + "|treatments?|adequate", FLAGS);
    private static final Pattern N_EQUALS = Pattern.compile("\\bn\\s*=\\s*\\d", FLAGS);
    private static final Pattern HOW_MANY = Pattern.compile("\\bhow many\\b(?:\\s+" + WORD + "){0,3}?\\s+(?:"
            + PEOPLE + "|" + STUDIES + ")\\b", FLAGS);
    private static final Pattern NUMBER_NEEDED = Pattern.compile("\\bnumber needed to (?:treat|harm)\\b|\\bNN[TH]\\b",
            FLAGS);
    private static final Pattern STUDY_UNIT = Pattern.compile("^(?:" + PEOPLE + "|" + STUDIES + ")$", FLAGS);

    private Trivia() {
    }

    /** Every piece of trivia in {@code questions}, in their order. */
    static List<Finding> findings(Collection<Question> questions) {
        List<Finding> findings = new ArrayList<>();
        for (Question question : questions) {
            for (String text : List.of(question.stem(), question.explanation())) {
                if (PMID.matcher(text).find()) {
                    findings.add(new Finding(question.id(), Kind.PMID, text.strip()));
                }
            }
            for (ChoiceOption option : question.answer().choiceOptions()) {
                String text = option.text();
                String feedback = option.feedback().orElse("");
                if (PMID.matcher(text).find() || PMID.matcher(feedback).find()) {
                    findings.add(new Finding(question.id(), Kind.PMID, text + " / " + feedback));
                }
                if (DISTRIBUTION.matcher(text).find()) {
                    findings.add(new Finding(question.id(), Kind.DISTRIBUTION, text));
                }
                if (namesSampleSize(text)) {
                    findings.add(new Finding(question.id(), Kind.SAMPLE_SIZE, text));
                }
            }
            if (asksStudySize(question)) {
                findings.add(new Finding(question.id(), Kind.ASKS_STUDY_SIZE, question.stem().strip()));
            }
            if (question.answer() instanceof ShortText shortText && shortText.canonical().isPresent()
                    && isTerm(shortText.canonical().get())) {
                findings.add(new Finding(question.id(), Kind.TERM_ANSWER, shortText.canonical().get()));
            }
        }
        return findings;
    }

    /** Whether {@code text} names the size of a study: people counted, studies counted, or "n = ...". */
    static boolean namesSampleSize(String text) {
        if (N_EQUALS.matcher(text).find() || COUNTED_PEOPLE.matcher(text).find()) {
            return true;
        }
        var studies = COUNTED_STUDIES.matcher(text);
        while (studies.find()) {
            String qualifier = studies.group(1);
            if (qualifier == null || !TREATMENT_TRIAL.matcher(qualifier).matches()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a question asks for the size of a study, in its stem or as its numeric unit. */
    static boolean asksStudySize(Question question) {
        String stem = question.stem();
        if (NUMBER_NEEDED.matcher(stem).find()) {
            return false;
        }
        if (HOW_MANY.matcher(stem).find()) {
            return true;
        }
        return question.answer() instanceof NumericAnswer numeric
                && STUDY_UNIT.matcher(numeric.unit().strip()).matches();
    }

    /** Whether a short-text answer is a single word that is not a medicine, a dose, a threshold or an action. */
    static boolean isTerm(String answer) {
        String words = answer.strip().toLowerCase(Locale.ROOT).replaceFirst("^(?:the|an?)\\s+", "");
        if (words.isEmpty() || words.contains(" ") || words.chars().anyMatch(Character::isDigit)) {
            return false;
        }
        return !MEDICINES.contains(words) && !ACTIONS.contains(words);
    }
}
