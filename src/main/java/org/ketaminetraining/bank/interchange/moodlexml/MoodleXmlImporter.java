package org.ketaminetraining.bank.interchange.moodlexml;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;
import org.ketaminetraining.bank.interchange.ImportLog;
import org.ketaminetraining.bank.interchange.ImportLog.Note;
import org.ketaminetraining.bank.interchange.ImportResult;
import org.ketaminetraining.bank.interchange.QuestionDraft;
import org.ketaminetraining.bank.model.AnswerSpec;
import org.ketaminetraining.bank.model.Reference;

/**
 * Reads a Moodle XML {@code <quiz>}. A category entry files the questions after it (see
 * {@link ImportResult#categories()}); every other question either becomes a draft, with an entry at its line for
 * each detail dropped or changed, or is refused with its line and the reason.
 */
public final class MoodleXmlImporter {
    /** Moodle types with no bank counterpart, by the name a person knows them by. */
    private static final Map<String, String> UNSUPPORTED = Map.ofEntries(
            Map.entry("essay", "essay"), Map.entry("description", "description (text with no question)"),
            Map.entry("cloze", "cloze (embedded answers)"), Map.entry("multianswer", "cloze (embedded answers)"),
            Map.entry("calculated", "calculated"), Map.entry("calculatedsimple", "simple calculated"),
            Map.entry("calculatedmulti", "calculated multichoice"), Map.entry("ddwtos", "drag and drop into text"),
            Map.entry("ddimageortext", "drag and drop onto image"), Map.entry("ddmarker", "drag and drop markers"),
            Map.entry("gapselect", "select missing words"), Map.entry("randomsamatch", "random short-answer matching"),
            Map.entry("random", "random question"));

    private final ImportLog log;
    private Optional<String> category = Optional.empty();

    private MoodleXmlImporter(String label) {
        this.log = new ImportLog(label);
    }

    /** @param label the name problems are reported under, usually the file name */
    public static ImportResult parse(String label, String xml) {
        MoodleXmlImporter importer = new MoodleXmlImporter(label);
        if (xml.length() > SafeXmlReader.MAX_CHARACTERS) {
            importer.log.problem(1, "the file has " + xml.length() + " characters; at most "
                    + SafeXmlReader.MAX_CHARACTERS + " are read, so nothing was imported");
            return importer.log.result();
        }
        try {
            XmlElement root = SafeXmlReader.read(xml);
            if (!root.name().equals("quiz")) {
                importer.log.problem(root.line(), "the root element must be <quiz>, found <" + root.name() + ">");
            } else {
                root.children("question").forEach(importer::readQuestion);
            }
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNumber());
            importer.log.problem(line, "not readable as XML: " + firstLine(e.getMessage()));
        }
        return importer.log.result();
    }

    private void readQuestion(XmlElement question) {
        String type = question.attribute("type").orElse("");
        if (type.equals("category")) {
            // applies to every question after it, until the next category entry
            category = question.wrappedText("category").map(String::strip).filter(c -> !c.isEmpty());
            category.ifPresent(path -> question.childText("idnumber").map(String::strip).filter(i -> !i.isEmpty())
                    .ifPresent(moduleId -> log.moduleOf(path, moduleId)));
            return;
        }
        String name = question.wrappedText("name").map(String::strip).orElse("");
        String what = "question '" + (name.isEmpty() ? "(unnamed)" : name) + "'";
        String textFormat = question.child("questiontext").flatMap(t -> t.attribute("format")).orElse("html");
        MoodleAnswerReader reader = new MoodleAnswerReader(textFormat);
        Optional<AnswerSpec> answer = switch (type) {
            case "multichoice" -> reader.multichoice(question);
            case "truefalse" -> reader.trueFalse(question);
            case "numerical" -> reader.numerical(question);
            case "matching", "match" -> reader.matching(question);
            case "shortanswer" -> reader.shortAnswer(question);
            case "ordering" -> reader.ordering(question);
            default -> Optional.empty();
        };
        if (answer.isEmpty()) {
            log.refuse(question.line(), what, reader.refusal().isEmpty() ? unsupported(type) : reader.refusal());
            return;
        }
        List<Note> notes = new ArrayList<>(reader.notes());
        String stem = MoodleText.markdown(question.child("questiontext"), "html", "the question text", notes);
        String explanation = MoodleText.markdown(question.child("generalfeedback"), textFormat,
                "the general feedback", notes);
        droppedParts(question, notes);
        QuestionDraft draft = draft(question, notes);
        String wanted = question.childText("idnumber").map(String::strip).filter(s -> !s.isEmpty()).orElse(name);
        notes.sort(java.util.Comparator.comparingInt(Note::line));
        log.imported(wanted, id -> draft.build(id, stem, answer.get(), explanation), what, notes, category);
    }

    private static String unsupported(String type) {
        String known = UNSUPPORTED.get(type);
        return known != null ? "Moodle's " + known + " questions have no counterpart in the bank"
                : "Moodle question type '" + type + "' is not supported";
    }

    /** What Moodle keeps for a question that the bank has no place for, each named so nothing goes quietly. */
    private static void droppedParts(XmlElement question, List<Note> notes) {
        for (String field : List.of("correctfeedback", "partiallycorrectfeedback", "incorrectfeedback")) {
            question.child(field).ifPresent(feedback -> feedback.childText("text").map(String::strip)
                    .filter(text -> !text.isEmpty()).ifPresent(text -> notes.add(new Note(feedback.line(),
                            "combined feedback <" + field + "> ('" + text + "') dropped: the bank shows the"
                                    + " explanation and the per-option feedback instead"))));
        }
        List<XmlElement> hints = question.children("hint");
        if (!hints.isEmpty()) {
            notes.add(new Note(hints.get(0).line(), hints.size() + " hint(s) dropped: questions here have one try"
                    + " and no hints"));
        }
        question.childText("hidden").map(String::strip).filter(h -> h.equals("1")).ifPresent(h -> notes.add(
                new Note(question.child("hidden").get().line(), "hidden in Moodle; imported as a draft like any"
                        + " other question")));
        question.childText("defaultgrade").map(String::strip).filter(g -> !isNumber(g, "1")).ifPresent(g -> notes.add(
                new Note(question.child("defaultgrade").get().line(), "default grade " + g + " became 1: every"
                        + " question weighs the same here")));
        question.childText("penalty").map(String::strip).filter(p -> !isNumber(p, "0")).ifPresent(p -> notes.add(
                new Note(question.child("penalty").get().line(), "penalty " + p + " for each further try dropped:"
                        + " a question is answered once here")));
        question.child("image_base64").ifPresent(image -> notes.add(new Note(image.line(), "embedded image '"
                + question.childText("image").orElse("").strip() + "' dropped: the bank holds no files")));
    }

    private static boolean isNumber(String text, String expected) {
        try {
            return new java.math.BigDecimal(text).compareTo(new java.math.BigDecimal(expected)) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private QuestionDraft draft(XmlElement question, List<Note> notes) {
        QuestionDraft draft = new QuestionDraft();
        for (XmlElement tag : question.child("tags").map(t -> t.children("tag")).orElse(List.of())) {
            draft.moodleTag(tag.childText("text").orElse("").strip());
        }
        question.child(MoodleXmlExporter.METADATA).ifPresent(metadata -> readMetadata(metadata, draft, notes));
        return draft;
    }

    private void readMetadata(XmlElement metadata, QuestionDraft draft, List<Note> notes) {
        metadata.childText("expected_seconds").map(String::strip).ifPresent(seconds -> {
            try {
                draft.expectedSeconds(Integer.parseInt(seconds));
            } catch (NumberFormatException e) {
                notes.add(new Note(metadata.line(), "expected_seconds '" + seconds + "' is not a whole number;"
                        + " ignored"));
            }
        });
        for (XmlElement reference : metadata.children("reference")) {
            draft.reference(new Reference(reference.childText("title").orElse("").strip(),
                    reference.childText("url").map(String::strip), reference.childText("citation").map(String::strip)));
        }
    }

    private static String firstLine(String message) {
        String text = message == null ? "unknown error" : message.strip();
        int newline = text.lastIndexOf('\n');
        return newline < 0 ? text : text.substring(newline + 1).strip();
    }
}
