package org.ketaminetraining.it.durability;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.ketaminetraining.bank.BankLoader;
import org.ketaminetraining.bank.BankSnapshot;
import org.ketaminetraining.bank.model.ChoiceResponse;
import org.ketaminetraining.bank.model.NumericResponse;
import org.ketaminetraining.bank.model.Question;
import org.ketaminetraining.bank.model.Response;
import org.ketaminetraining.bank.model.TrueFalseResponse;

/**
 * What a trainee puts into a question's form, written into the served page itself (checked options, typed values,
 * selected rows), so that {@code WebClient.submit} posts exactly what a browser would; and which bank question a
 * served page shows, found by its stem as CertificationBrowserIT does (reduced to letters and digits, so Markdown
 * drops out), because the page carries no question id.
 */
final class AnswerForms {

    private final Map<String, Question> byStem = new HashMap<>();

    /** The shipped bank with the demo overlay, as the demo-mode server imports it. */
    AnswerForms(Path questions) {
        BankSnapshot snapshot = BankLoader.load(questions, Optional.of(questions.resolve("demo"))).snapshot()
                .orElseThrow(() -> new AssertionError("the shipped bank with the demo overlay is invalid"));
        snapshot.modules().stream().flatMap(m -> m.questions().stream())
                .forEach(q -> byStem.putIfAbsent(normalised(q.stem()), q));
    }

    /** The answer fieldset of a study or attempt page, if it shows a question. */
    static Optional<Element> fieldset(Document page) {
        return Optional.ofNullable(page.selectFirst("fieldset[data-question-type]"));
    }

    /** The bank question the fieldset shows. */
    Question shown(Element fieldset) {
        Element legend = fieldset.selectFirst("legend");
        String stem = normalised(legend == null ? "" : legend.text());
        Question question = byStem.get(stem);
        if (question == null) {
            throw new AssertionError("no bank question has the stem shown: " + stem);
        }
        return question;
    }

    /**
     * Puts a known answer into the form (the demo programme's types: true/false, numbers, choices, whose options
     * keep their authored order on screen).
     */
    static void fill(Element fieldset, Response response) {
        if (response instanceof TrueFalseResponse value) {
            check(fieldset, fieldset.selectFirst(value.value() ? "#answer-true" : "#answer-false"));
        } else if (response instanceof NumericResponse number) {
            fieldset.selectFirst("#answer-number").attr("value", number.value().toPlainString());
        } else if (response instanceof ChoiceResponse choice) {
            List<Element> options = fieldset.select("input[type=radio], input[type=checkbox]");
            for (int i = 0; i < options.size(); i++) {
                if (choice.selectedOptions().contains(i)) {
                    options.get(i).attr("checked", "checked");
                } else {
                    options.get(i).removeAttr("checked");
                }
            }
        } else {
            throw new AssertionError("no form filling for " + response);
        }
    }

    /**
     * Some well-formed answer of any type, right or wrong: study records both, and the harness checks where
     * answers went, not their grades.
     */
    static void fillAnyhow(Element fieldset, Random random) {
        List<Element> radios = fieldset.select("input[type=radio]");
        List<Element> boxes = fieldset.select("input[type=checkbox]");
        List<Element> selects = fieldset.select("select");
        if (!radios.isEmpty()) {
            check(fieldset, radios.get(random.nextInt(radios.size())));
        } else if (!boxes.isEmpty()) {
            boxes.forEach(box -> box.removeAttr("checked"));
            boxes.get(random.nextInt(boxes.size())).attr("checked", "checked");
            boxes.stream().filter(box -> random.nextBoolean()).forEach(box -> box.attr("checked", "checked"));
        } else if (!selects.isEmpty()) {
            // Row i takes the i-th real choice: distinct positions for an ordering, distinct matches for matching.
            for (int i = 0; i < selects.size(); i++) {
                List<Element> choices = selects.get(i).select("option").stream()
                        .filter(o -> !o.attr("value").isEmpty()).toList();
                selects.get(i).select("option").forEach(o -> o.removeAttr("selected"));
                choices.get(i % choices.size()).attr("selected", "selected");
            }
        } else if (fieldset.selectFirst("#answer-number") != null) {
            fieldset.selectFirst("#answer-number").attr("value", Integer.toString(1 + random.nextInt(200)));
        } else if (fieldset.selectFirst("#answer-text") != null) {
            fieldset.selectFirst("#answer-text").attr("value", random.nextBoolean() ? "ketamine" : "esketamine");
        } else {
            throw new AssertionError("no input to answer in: " + fieldset.outerHtml());
        }
    }

    private static void check(Element fieldset, Element radio) {
        fieldset.select("input[type=radio][name=" + radio.attr("name") + "]").forEach(r -> r.removeAttr("checked"));
        radio.attr("checked", "checked");
    }

    static String normalised(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
