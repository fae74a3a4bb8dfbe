package org.ketaminetraining.load;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a browser would send to answer the question on a study page: the Ajax address of the answer button and a
 * form body that answers whatever type the question is (the first option of each group, the first box, "1" in a
 * text field, a different place in each list of an ordering or matching question), plus a stated confidence.
 *
 * <p>The answers are not meant to be right (the simulated trainee is right about as often as the bank's first
 * options are keys): they are meant to be accepted, so that each one is recorded and the next question follows.
 */
record StudyForm(String submitUrl, String baseUrl, Map<String, String> fields) {

    private static final Pattern FORM = Pattern.compile(
            "<form[^>]*class=\"study-form\"[^>]*>(.*?)</form>", Pattern.DOTALL);
    private static final Pattern AJAX_SUBMIT = Pattern.compile(
            "\"u\":\"\\./(study\\?[^\"]*-study-form-submit)\"[^}]*\"sc\":\"([^\"]+)\"");
    private static final Pattern INPUT = Pattern.compile("<input\\b([^>]*)>");
    private static final Pattern SELECT = Pattern.compile("<select\\b([^>]*)>(.*?)</select>", Pattern.DOTALL);
    private static final Pattern OPTION_VALUE = Pattern.compile("<option\\b[^>]*value=\"([^\"]+)\"");
    private static final Pattern TEXTAREA = Pattern.compile("<textarea\\b([^>]*)>");

    /** The form on {@code html}, a study page at {@code pageUrl}; empty when it shows no question to answer. */
    static Optional<StudyForm> of(String html) {
        Matcher form = FORM.matcher(html);
        Matcher submit = AJAX_SUBMIT.matcher(html);
        if (!form.find() || !submit.find()) {
            return Optional.empty();
        }
        String body = form.group(1);
        Map<String, String> fields = new LinkedHashMap<>();
        Set<String> seen = new LinkedHashSet<>();
        Matcher input = INPUT.matcher(body);
        while (input.find()) {
            String attributes = input.group(1);
            String name = attribute(attributes, "name");
            String type = Optional.ofNullable(attribute(attributes, "type")).orElse("text");
            if (name == null) {
                continue;
            }
            switch (type) {
                case "radio", "checkbox" -> {
                    if (seen.add(name)) {
                        fields.put(name, attribute(attributes, "value"));
                    }
                }
                case "text", "number" -> fields.put(name, "1");
                case "hidden" -> fields.put(name, Optional.ofNullable(attribute(attributes, "value")).orElse(""));
                default -> {
                }
            }
        }
        Matcher select = SELECT.matcher(body);
        int index = 0;
        while (select.find()) {
            String name = attribute(select.group(1), "name");
            List<String> values = OPTION_VALUE.matcher(select.group(2)).results().map(m -> m.group(1))
                    .filter(v -> !v.isEmpty()).toList();
            if (name != null && !values.isEmpty()) {
                fields.put(name, values.get(index++ % values.size()));
            }
        }
        Matcher textarea = TEXTAREA.matcher(body);
        while (textarea.find()) {
            String name = attribute(textarea.group(1), "name");
            if (name != null) {
                fields.put(name, "1");
            }
        }
        String submitUrl = "/" + submit.group(1).replace("&amp;", "&");
        fields.put(submit.group(2), "1");
        String base = submit.group(1).replaceFirst("\\?(\\d+)-.*", "?$1");
        return Optional.of(new StudyForm(submitUrl, base, fields));
    }

    private static final Map<String, Pattern> ATTRIBUTES = Map.of("name", attributePattern("name"), "type",
            attributePattern("type"), "value", attributePattern("value"));

    private static Pattern attributePattern(String name) {
        return Pattern.compile("\\b" + name + "=\"([^\"]*)\"");
    }

    private static String attribute(String attributes, String name) {
        Matcher m = ATTRIBUTES.get(name).matcher(attributes);
        return m.find() ? m.group(1).replace("&amp;", "&") : null;
    }
}
