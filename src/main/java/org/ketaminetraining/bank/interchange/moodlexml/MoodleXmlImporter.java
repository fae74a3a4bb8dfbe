package org.ketaminetraining.bank.interchange.moodlexml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;
import org.ketaminetraining.bank.interchange.ImportResult;
import org.ketaminetraining.bank.interchange.ImportedIds;
import org.ketaminetraining.bank.interchange.QuestionDraft;
import org.ketaminetraining.bank.model.AnswerSpec;
import org.ketaminetraining.bank.model.Difficulty;
import org.ketaminetraining.bank.model.Reference;
import org.ketaminetraining.bank.validation.Problem;

/**
 * Reads a Moodle XML {@code <quiz>}. A category entry files the questions after it (see
 * {@link ImportResult#categories()}); every other question either becomes a draft or is reported with its line and
 * the reason.
 */
public final class MoodleXmlImporter {
    private final String label;
    private final List<org.ketaminetraining.bank.model.Question> questions = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private final ImportedIds ids = new ImportedIds();
    private final Map<String, String> categories = new LinkedHashMap<>();
    private Optional<String> category = Optional.empty();

    private MoodleXmlImporter(String label) {
        this.label = label;
    }

    /** @param label the name problems are reported under, usually the file name */
    public static ImportResult parse(String label, String xml) {
        MoodleXmlImporter importer = new MoodleXmlImporter(label);
        try {
            XmlElement root = SafeXmlReader.read(xml);
            if (!root.name().equals("quiz")) {
                importer.problem(root.line(), "the root element must be <quiz>, found <" + root.name() + ">");
            } else {
                root.children("question").forEach(importer::readQuestion);
            }
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNumber());
            importer.problem(line, "not readable as XML: " + firstLine(e.getMessage()));
        }
        return new ImportResult(importer.questions, importer.problems, importer.categories);
    }

    private void readQuestion(XmlElement question) {
        String type = question.attribute("type").orElse("");
        if (type.equals("category")) {
            // applies to every question after it, until the next category entry
            category = question.wrappedText("category").map(String::strip).filter(c -> !c.isEmpty());
            return;
        }
        String name = question.wrappedText("name").map(String::strip).orElse("");
        String what = "question '" + (name.isEmpty() ? "(unnamed)" : name) + "'";
        MoodleAnswerReader reader = new MoodleAnswerReader();
        Optional<AnswerSpec> answer = switch (type) {
            case "multichoice" -> reader.multichoice(question);
            case "truefalse" -> reader.trueFalse(question);
            case "numerical" -> reader.numerical(question);
            case "matching" -> reader.matching(question);
            case "shortanswer" -> reader.shortAnswer(question);
            default -> Optional.empty();
        };
        if (answer.isEmpty()) {
            String reason = reader.notes().isEmpty() ? "Moodle question type '" + type + "' is not supported"
                    : reader.notes().get(reader.notes().size() - 1);
            problem(question.line(), what + ": not imported: " + reason);
            return;
        }
        reader.notes().forEach(note -> problem(question.line(), what + ": " + note));
        checkFormats(question, what);
        QuestionDraft draft = draft(question, what);
        String id = ids.idFor(question.childText("idnumber").map(String::strip).filter(s -> !s.isEmpty())
                .orElse(name));
        questions.add(draft.build(id, question.wrappedText("questiontext").orElse("").strip(), answer.get(),
                question.wrappedText("generalfeedback").orElse("").strip()));
        category.ifPresent(filedUnder -> categories.put(id, filedUnder));
    }

    private void checkFormats(XmlElement question, String what) {
        boolean html = question.child("questiontext").flatMap(t -> t.attribute("format"))
                .filter(format -> format.equals("html")).isPresent();
        if (html) {
            problem(question.line(), what + ": text is HTML; it is imported as written, but the bank needs Markdown"
                    + " and rejects raw HTML");
        }
    }

    private QuestionDraft draft(XmlElement question, String what) {
        QuestionDraft draft = new QuestionDraft();
        for (XmlElement tag : question.child("tags").map(t -> t.children("tag")).orElse(List.of())) {
            String text = tag.childText("text").orElse("").strip();
            if (text.startsWith(MoodleXmlExporter.OBJECTIVE_TAG)) {
                draft.objective(text.substring(MoodleXmlExporter.OBJECTIVE_TAG.length()));
            } else if (text.startsWith(MoodleXmlExporter.DIFFICULTY_TAG)) {
                Difficulty.fromYamlName(text.substring(MoodleXmlExporter.DIFFICULTY_TAG.length()))
                        .ifPresent(draft::difficulty);
            } else if (!text.isEmpty()) {
                draft.tag(text);
            }
        }
        question.child(MoodleXmlExporter.METADATA).ifPresent(metadata -> readMetadata(metadata, draft, what));
        return draft;
    }

    private void readMetadata(XmlElement metadata, QuestionDraft draft, String what) {
        metadata.childText("expected_seconds").map(String::strip).ifPresent(seconds -> {
            try {
                draft.expectedSeconds(Integer.parseInt(seconds));
            } catch (NumberFormatException e) {
                problem(metadata.line(), what + ": expected_seconds '" + seconds + "' is not a whole number; ignored");
            }
        });
        for (XmlElement reference : metadata.children("reference")) {
            draft.reference(new Reference(reference.childText("title").orElse("").strip(),
                    reference.childText("url").map(String::strip), reference.childText("citation").map(String::strip)));
        }
    }

    private void problem(int line, String message) {
        problems.add(Problem.at(label, Math.max(1, line), 1, message));
    }

    private static String firstLine(String message) {
        String text = message == null ? "unknown error" : message.strip();
        int newline = text.lastIndexOf('\n');
        return newline < 0 ? text : text.substring(newline + 1).strip();
    }
}
