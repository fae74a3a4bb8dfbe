package org.ketaminetraining.bank.quality;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.ketaminetraining.bank.model.ChoiceOption;
import org.ketaminetraining.bank.model.Matching;
import org.ketaminetraining.bank.model.NumericAnswer;
import org.ketaminetraining.bank.model.Ordering;
import org.ketaminetraining.bank.model.Question;
import org.ketaminetraining.bank.model.ShortText;
import org.ketaminetraining.bank.model.TrueFalse;

/**
 * Near-duplicate items found by the fact they teach rather than by the wording of their stems. Two items test the
 * same fact when what counts as right says the same thing, even if one is a scenario and the other a recall
 * question, or one sits in another module: a stem comparison misses them, because the stems are written apart.
 *
 * <p>The fact an item teaches is read from its key (the correct options; the statement of a true/false item; the
 * question and number of a numeric item; the sequence or pairs of an ordering or matching item; the question and
 * canonical answer of a short-text item) and from the first paragraph of its explanation, which states the fact.
 * Each becomes a set of weighted terms (content words and adjacent pairs of content words, each weighted by how
 * rare it is in the bank, TF-IDF), and two items are compared by the cosine of their term vectors: 0 shares
 * nothing, 1 says the same thing in the same words. A term the whole bank uses ("ketamine") weighs nothing, one
 * that only two items use weighs most.
 */
public final class TaughtFacts {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:\\.\\p{N}+)?");
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");
    private static final Set<String> STOP_WORDS = Set.of(("a an the of to in and or for on at by with from as is are"
            + " was were be been it its this that these those which what who whom whose when where why how than then"
            + " there their they them he she his her him i you your we our us not no do does did can could should"
            + " would will may might must shall into over under about after before during per each every any all"
            + " some more most less least very only also just so such same other own both either neither nor if but"
            + " because while up down out off again further once here true false select apply following statement"
            + " statements correct accurate best describes according says say patient patients").split(" "));

    private TaughtFacts() {
    }

    /** The pairs of items whose taught facts reach {@code threshold} cosine similarity, most similar first. */
    public static List<BankQuality.SimilarPair> similarPairs(List<Question> questions, double threshold) {
        List<Map<String, Double>> vectors = vectors(questions);
        List<BankQuality.SimilarPair> pairs = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            for (int j = i + 1; j < questions.size(); j++) {
                double similarity = cosine(vectors.get(i), vectors.get(j));
                if (similarity >= threshold) {
                    pairs.add(new BankQuality.SimilarPair(questions.get(i).id(), questions.get(j).id(), similarity));
                }
            }
        }
        pairs.sort((a, b) -> Double.compare(b.similarity(), a.similarity()));
        return pairs;
    }

    /** What an item teaches: its key, and the first paragraph of its explanation. */
    static String factText(Question question) {
        String explanation = question.explanation().strip();
        return key(question) + " " + PARAGRAPH_BREAK.split(explanation, 2)[0];
    }

    private static String key(Question question) {
        if (question.answer() instanceof TrueFalse) {
            return question.stem();
        }
        if (question.answer() instanceof NumericAnswer numeric) {
            return question.stem() + " " + numeric.answer().stripTrailingZeros().toPlainString() + " "
                    + numeric.unit();
        }
        if (question.answer() instanceof Ordering ordering) {
            return String.join(" ", ordering.items());
        }
        if (question.answer() instanceof Matching matching) {
            return matching.pairs().stream().map(pair -> pair.left() + " " + pair.right())
                    .collect(Collectors.joining(" "));
        }
        if (question.answer() instanceof ShortText text) {
            return question.stem() + " " + text.canonical().orElse("");
        }
        return question.answer().choiceOptions().stream().filter(ChoiceOption::correct).map(ChoiceOption::text)
                .collect(Collectors.joining(" "));
    }

    /** Content words (stop words dropped, a plural -s trimmed) and each adjacent pair of them. */
    static List<String> terms(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            String word = matcher.group();
            if (STOP_WORDS.contains(word)) {
                continue;
            }
            if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")) {
                word = word.substring(0, word.length() - 1);
            }
            words.add(word);
        }
        List<String> terms = new ArrayList<>(words);
        for (int i = 0; i + 1 < words.size(); i++) {
            terms.add(words.get(i) + "_" + words.get(i + 1));
        }
        return terms;
    }

    private static List<Map<String, Double>> vectors(List<Question> questions) {
        List<Map<String, Integer>> counts = new ArrayList<>();
        Map<String, Integer> documentFrequency = new HashMap<>();
        for (Question question : questions) {
            Map<String, Integer> count = new HashMap<>();
            terms(factText(question)).forEach(term -> count.merge(term, 1, Integer::sum));
            count.keySet().forEach(term -> documentFrequency.merge(term, 1, Integer::sum));
            counts.add(count);
        }
        int documents = questions.size();
        List<Map<String, Double>> vectors = new ArrayList<>();
        for (Map<String, Integer> count : counts) {
            Map<String, Double> vector = new HashMap<>();
            count.forEach((term, n) -> vector.put(term, n * Math.log((double) documents
                    / documentFrequency.get(term))));
            double norm = Math.sqrt(vector.values().stream().mapToDouble(w -> w * w).sum());
            if (norm > 0) {
                vector.replaceAll((term, weight) -> weight / norm);
            }
            vectors.add(vector);
        }
        return vectors;
    }

    private static double cosine(Map<String, Double> a, Map<String, Double> b) {
        Map<String, Double> smaller = a.size() <= b.size() ? a : b;
        Map<String, Double> larger = smaller == a ? b : a;
        double sum = 0;
        for (Map.Entry<String, Double> entry : smaller.entrySet()) {
            Double other = larger.get(entry.getKey());
            if (other != null) {
                sum += entry.getValue() * other;
            }
        }
        return sum;
    }

}
