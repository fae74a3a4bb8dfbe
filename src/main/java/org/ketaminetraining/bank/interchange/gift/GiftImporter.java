package org.ketaminetraining.bank.interchange.gift;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ketaminetraining.bank.interchange.ImportLog;
import org.ketaminetraining.bank.interchange.ImportLog.Note;
import org.ketaminetraining.bank.interchange.ImportResult;
import org.ketaminetraining.bank.interchange.QuestionDraft;

/**
 * Reads GIFT text. Questions are separated by blank lines; {@code //} lines are comments, and {@code // @key value}
 * comments directly above a question fill in bank-only fields. Every question that cannot be imported is reported
 * with its line, and so is every detail that had to be left behind.
 */
public final class GiftImporter {
    static final String CATEGORY = "$CATEGORY:";
    /** The comment that names the bank module a category holds, written by the exporter under the category. */
    static final String MODULE_COMMENT = "// @module ";
    /** Larger than any real question bank, small enough that reading it cannot exhaust memory. */
    public static final int MAX_CHARACTERS = 20_000_000;
    private static final Pattern TITLE = Pattern.compile("^\\s*::(.*?)::", Pattern.DOTALL);
    /** Moodle 4's id and tags in a comment line above a question: {@code // [id:pk-1] [tag:dosing]}. */
    private static final Pattern ID_OR_TAG = Pattern.compile("\\[(id|tag):((?:\\\\.|[^\\]\\\\])*)]");

    private final ImportLog log;
    private Optional<String> category = Optional.empty();

    private GiftImporter(String label) {
        this.log = new ImportLog(label);
    }

    /** @param label the name problems are reported under, usually the file name */
    public static ImportResult parse(String label, String text) {
        GiftImporter importer = new GiftImporter(label);
        if (text.length() > MAX_CHARACTERS) {
            importer.log.problem(1, "the file has " + text.length() + " characters; at most " + MAX_CHARACTERS
                    + " are read, so nothing was imported");
            return importer.log.result();
        }
        importer.readBlocks(text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
        return importer.log.result();
    }

    private void readBlocks(String[] lines) {
        List<String> block = new ArrayList<>();
        int blockStart = 1;
        for (int index = 0; index <= lines.length; index++) {
            boolean end = index == lines.length || lines[index].isBlank();
            if (end) {
                if (!block.isEmpty()) {
                    readBlock(block, blockStart);
                }
                block.clear();
                blockStart = index + 2;
            } else {
                block.add(lines[index]);
            }
        }
    }

    private void readBlock(List<String> lines, int firstLine) {
        QuestionDraft draft = new QuestionDraft();
        List<String> questionLines = new ArrayList<>();
        List<Note> notes = new ArrayList<>();
        Optional<String> wantedId = Optional.empty();
        int questionLine = 0;
        for (int offset = 0; offset < lines.size(); offset++) {
            String trimmed = lines.get(offset).strip();
            int lineNumber = firstLine + offset;
            if (trimmed.startsWith(MODULE_COMMENT) && category.isPresent()) {
                log.moduleOf(category.get(), trimmed.substring(MODULE_COMMENT.length()).strip());
            } else if (trimmed.startsWith("//")) {
                GiftMetadata.apply(trimmed, draft).ifPresent(message -> notes.add(new Note(lineNumber, message)));
                Matcher idOrTag = ID_OR_TAG.matcher(trimmed);
                while (idOrTag.find()) {
                    String value = unescapeBracket(idOrTag.group(2)).strip();
                    if (idOrTag.group(1).equals("id")) {
                        wantedId = wantedId.or(() -> Optional.of(value));
                    } else {
                        draft.moodleTag(value);
                    }
                }
            } else if (trimmed.startsWith(CATEGORY)) {
                // applies to every question below it, until the next category line
                category = Optional.of(trimmed.substring(CATEGORY.length()).strip()).filter(c -> !c.isEmpty());
            } else {
                questionLine = questionLine == 0 ? lineNumber : questionLine;
                questionLines.add(lines.get(offset));
            }
        }
        if (!questionLines.isEmpty()) {
            readQuestion(String.join("\n", questionLines), questionLine, draft, notes, wantedId);
        } else {
            notes.forEach(note -> log.problem(note.line(), note.message()));
            if (lines.stream().map(String::strip)
                    .anyMatch(line -> GiftMetadata.isMetadata(line) && !line.startsWith(MODULE_COMMENT))) {
                log.problem(firstLine, "'// @' comment fields with no question directly below them (a blank line"
                        + " separates them); ignored");
            }
        }
    }

    /** Moodle escapes "]" and "\\" inside [id:...] and [tag:...] with a backslash. */
    private static String unescapeBracket(String value) {
        return value.replaceAll("\\\\(.)", "$1");
    }

    private void readQuestion(String raw, int line, QuestionDraft draft, List<Note> notes, Optional<String> wantedId) {
        String text = GiftText.protect(raw);
        Optional<String> title = Optional.empty();
        Matcher titleMatcher = TITLE.matcher(text);
        if (titleMatcher.find()) {
            title = Optional.of(GiftText.restore(titleMatcher.group(1)).strip());
            text = text.substring(titleMatcher.end());
        }
        String name = title.map(t -> "question '" + t + "'").orElse("question at line " + line);
        int open = text.indexOf('{');
        int close = open < 0 ? -1 : text.indexOf('}', open);
        if (open < 0 || close < 0) {
            log.refuse(line, name, open < 0 ? "it has no answer block {...}; Moodle reads it as a description, which"
                    + " is no question" : "its answer block has no '}'");
            return;
        }
        int blockLine = line + (int) text.substring(0, open).chars().filter(c -> c == '\n').count();
        if (!text.substring(close + 1).isBlank()) {
            log.refuse(blockLine, name, "text after the answer block (the missing-word format) is not supported; put"
                    + " the answers at the end");
            return;
        }
        String stemText = GiftText.restore(text.substring(0, open).strip());
        String textFormat = GiftFormat.formatOf(stemText, GiftFormat.MOODLE);
        String block = text.substring(open + 1, close);
        int generalAt = block.lastIndexOf("####");
        String answers = generalAt < 0 ? block : block.substring(0, generalAt);
        GiftAnswerBlock.Outcome outcome = GiftAnswerBlock.interpret(answers, draft, textFormat, blockLine);
        if (outcome.answer().isEmpty()) {
            log.refuse(blockLine, name, outcome.refusal());
            return;
        }
        List<Note> all = new ArrayList<>(notes);
        String stem = GiftFormat.markdown(stemText, GiftFormat.MOODLE, "the question text", all, line);
        String explanation = generalAt < 0 ? "" : GiftFormat.markdown(
                GiftText.restore(block.substring(generalAt + 4).strip()), textFormat, "the general feedback", all,
                blockLine);
        all.addAll(outcome.notes());
        all.sort(java.util.Comparator.comparingInt(Note::line));
        log.imported(wantedId.orElse(title.orElse("")), id -> draft.build(id, stem, outcome.answer().get(),
                explanation), name, all, category);
    }
}
