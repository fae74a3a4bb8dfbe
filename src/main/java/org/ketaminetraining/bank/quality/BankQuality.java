package org.ketaminetraining.bank.quality;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.ketaminetraining.bank.BankSnapshot;
import org.ketaminetraining.bank.model.BankModule;
import org.ketaminetraining.bank.model.ChoiceOption;
import org.ketaminetraining.bank.model.MultipleResponse;
import org.ketaminetraining.bank.model.Question;
import org.ketaminetraining.bank.model.SingleChoice;

/**
 * Measures of a bank that a quality gate holds to thresholds.
 *
 * @param selectAllWrongOptions    for multiple-response items: number of wrong options to how many items have it
 * @param safetyCriticalPerModule  module id to its number of safety-critical items
 */
public record BankQuality(int questions, Map<String, Integer> questionsPerModule, int choiceItems,
        int keyIsLongest, Map<Integer, Integer> singleChoiceKeyPositions, int singleChoiceItems,
        int safetyCritical, int scenario, List<SimilarPair> similarStems, Map<Integer, Integer> selectAllWrongOptions,
        Map<String, Integer> safetyCriticalPerModule) {

    /** Two stems that share most of their word sequences. */
    public record SimilarPair(String first, String second, double similarity) {
    }

    /**
     * Measures the bank.
     *
     * @param similarityThreshold stems whose word-trigram Jaccard similarity reaches this are reported
     */
    public static BankQuality of(BankSnapshot bank, double similarityThreshold) {
        Map<String, Integer> perModule = new TreeMap<>();
        Map<String, Integer> safetyPerModule = new TreeMap<>();
        for (BankModule module : bank.modules()) {
            perModule.put(module.id(), module.questions().size());
            safetyPerModule.put(module.id(),
                    (int) module.questions().stream().filter(Question::isSafetyCritical).count());
        }
        Map<Integer, Integer> selectAllWrong = new TreeMap<>();
        int choice = 0;
        int longest = 0;
        int single = 0;
        Map<Integer, Integer> positions = new TreeMap<>();
        for (Question q : bank.questions()) {
            List<ChoiceOption> options = q.answer().choiceOptions();
            if (options.isEmpty()) {
                continue;
            }
            choice++;
            if (keyIsStrictlyLongest(options)) {
                longest++;
            }
            if (q.answer() instanceof MultipleResponse) {
                selectAllWrong.merge((int) options.stream().filter(o -> !o.correct()).count(), 1, Integer::sum);
            }
            if (q.answer() instanceof SingleChoice sc && sc.correctOption().isPresent()) {
                single++;
                positions.merge(sc.correctOption().getAsInt() + 1, 1, Integer::sum);
            }
        }
        int safety = (int) bank.questions().stream().filter(Question::isSafetyCritical).count();
        int scenario = (int) bank.questions().stream().filter(q -> q.hasTag("scenario")).count();
        return new BankQuality(bank.questions().size(), perModule, choice, longest, positions, single, safety,
                scenario, similarStems(bank.questions(), similarityThreshold), selectAllWrong, safetyPerModule);
    }

    /** The share of choice items whose correct option is longer than every wrong one. */
    public double keyIsLongestShare() {
        return choiceItems == 0 ? 0 : (double) keyIsLongest / choiceItems;
    }

    /** The largest share of single-choice keys that sit in one position. */
    public double largestKeyPositionShare() {
        return singleChoiceItems == 0 ? 0 : (double) singleChoiceKeyPositions.values().stream()
                .mapToInt(Integer::intValue).max().orElse(0) / singleChoiceItems;
    }

    /**
     * The share of multiple-response items that have the most common number of wrong options: near 1, a learner who
     * has seen a few of them can count instead of knowing.
     */
    public double commonestSelectAllWrongOptionsShare() {
        int items = selectAllWrongOptions.values().stream().mapToInt(Integer::intValue).sum();
        return items == 0 ? 0 : (double) selectAllWrongOptions.values().stream().mapToInt(Integer::intValue).max()
                .orElse(0) / items;
    }

    /** The largest share of safety-critical items in one module, and which module has it. */
    public Map.Entry<String, Double> largestSafetyCriticalShare() {
        return safetyCriticalPerModule.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), (double) e.getValue() / questionsPerModule.get(e.getKey())))
                .max(Map.Entry.comparingByValue()).orElse(Map.entry("", 0.0));
    }

    private static boolean keyIsStrictlyLongest(List<ChoiceOption> options) {
        int longestCorrect = options.stream().filter(ChoiceOption::correct).mapToInt(o -> o.text().length())
                .max().orElse(0);
        int longestWrong = options.stream().filter(o -> !o.correct()).mapToInt(o -> o.text().length())
                .max().orElse(0);
        return longestCorrect > longestWrong;
    }

    private static List<SimilarPair> similarStems(List<Question> questions, double threshold) {
        List<Set<String>> shingles = questions.stream().map(q -> trigrams(q.stem())).toList();
        List<SimilarPair> pairs = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            for (int j = i + 1; j < questions.size(); j++) {
                double similarity = jaccard(shingles.get(i), shingles.get(j));
                if (similarity >= threshold) {
                    pairs.add(new SimilarPair(questions.get(i).id(), questions.get(j).id(), similarity));
                }
            }
        }
        return pairs;
    }

    static Set<String> trigrams(String text) {
        List<String> words = List.of(text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip()
                .split(" "));
        Set<String> grams = new HashSet<>();
        for (int i = 0; i + 2 < words.size(); i++) {
            grams.add(words.get(i) + " " + words.get(i + 1) + " " + words.get(i + 2));
        }
        if (grams.isEmpty()) {
            grams.add(String.join(" ", words));
        }
        return grams;
    }

    static double jaccard(Set<String> a, Set<String> b) {
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        long common = a.stream().filter(b::contains).count();
        return union.isEmpty() ? 0 : (double) common / union.size();
    }

    @Override
    public String toString() {
        return questions + " questions " + questionsPerModule + "; key longest in " + keyIsLongest + "/" + choiceItems
                + " choice items; single-choice key positions " + singleChoiceKeyPositions + "; safety-critical "
                + safetyCritical + " " + safetyCriticalPerModule + "; scenario " + scenario
                + "; select-all items by number of wrong options " + selectAllWrongOptions + "; similar stems "
                + similarStems.stream()
                        .map(p -> p.first() + "~" + p.second()).collect(Collectors.joining(", "));
    }
}
