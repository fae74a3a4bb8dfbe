package org.ketaminetraining.bank.interchange.gift;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ketaminetraining.bank.interchange.ImportResult;
import org.ketaminetraining.bank.interchange.ImportedIds;
import org.ketaminetraining.bank.interchange.QuestionDraft;
import org.ketaminetraining.bank.model.Question;
import org.ketaminetraining.bank.validation.Problem;

/**
 * Reads GIFT text. Questions are separated by blank lines; {@code //} lines are comments, and {@code // @key value}
 * comments directly above a question fill in bank-only fields. Every question that cannot be imported is reported
 * with its line, and so is every detail that had to be left behind.
 */
public final class GiftImporter {
    static final String CATEGORY = "$CATEGORY:";
    private static final Pattern TITLE = Pattern.compile("^\\s*::(.*?)::", Pattern.DOTALL);
    private static final Pattern FORMAT = Pattern.compile("^\\s*\\[(markdown|html|plain|moodle)]", Pattern.DOTALL);

    private final String label;
    private final List<Question> questions = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private final ImportedIds ids = new ImportedIds();
    private final Map<String, String> categories = new LinkedHashMap<>();
    private Optional<String> category = Optional.empty();

    private GiftImporter(String label) {
        this.label = label;
    }

    /** @param label the name problems are reported under, usually the file name */
    public static ImportResult parse(String label, String text) {
        GiftImporter importer = new GiftImporter(label);
        importer.readBlocks(text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
        return new ImportResult(importer.questions, importer.problems, importer.categories);
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
        int questionLine = 0;
        for (int offset = 0; offset < lines.size(); offset++) {
            String trimmed = lines.get(offset).strip();
            int lineNumber = firstLine + offset;
            if (trimmed.startsWith("//")) {
                GiftMetadata.apply(trimmed, draft).ifPresent(message -> problem(lineNumber, message));
            } else if (trimmed.startsWith(CATEGORY)) {
                // applies to every question below it, until the next category line
                category = Optional.of(trimmed.substring(CATEGORY.length()).strip()).filter(c -> !c.isEmpty());
            } else {
                questionLine = questionLine == 0 ? lineNumber : questionLine;
                questionLines.add(lines.get(offset));
            }
        }
        if (!questionLines.isEmpty()) {
            readQuestion(String.join("\n", questionLines), questionLine, draft);
        } else if (lines.stream().anyMatch(line -> GiftMetadata.isMetadata(line.strip()))) {
            problem(firstLine, "'// @' comment fields with no question directly below them (a blank line separates"
                    + " them); ignored");
        }
    }

    private void readQuestion(String raw, int line, QuestionDraft draft) {
        String text = GiftText.protect(raw);
        Optional<String> title = Optional.empty();
        Matcher titleMatcher = TITLE.matcher(text);
        if (titleMatcher.find()) {
            title = Optional.of(GiftText.restore(titleMatcher.group(1)).strip());
            text = text.substring(titleMatcher.end());
        }
        String name = title.map(t -> "question '" + t + "'").orElse("question at line " + line);
        Matcher format = FORMAT.matcher(text);
        if (format.find()) {
            if (format.group(1).equals("html")) {
                problem(line, name + ": text is HTML; it is imported as written, but the bank needs Markdown and"
                        + " rejects raw HTML");
            }
            text = text.substring(format.end());
        }
        int open = text.indexOf('{');
        int close = open < 0 ? -1 : text.indexOf('}', open);
        if (open < 0 || close < 0) {
            problem(line, name + ": not imported: " + (open < 0
                    ? "it has no answer block {...} (descriptions are not questions)" : "its answer block has no '}'"));
            return;
        }
        int blockLine = line + (int) text.substring(0, open).chars().filter(c -> c == '\n').count();
        if (!text.substring(close + 1).isBlank()) {
            problem(blockLine, name + ": not imported: text after the answer block (the missing-word format) is not"
                    + " supported; put the answers at the end");
            return;
        }
        build(title, name, text.substring(0, open), text.substring(open + 1, close), blockLine, draft);
    }

    private void build(Optional<String> title, String name, String stemText, String block, int blockLine,
            QuestionDraft draft) {
        int generalAt = block.indexOf("####");
        String explanation = generalAt < 0 ? "" : GiftText.restore(block.substring(generalAt + 4).strip());
        String answers = generalAt < 0 ? block : block.substring(0, generalAt);
        GiftAnswerBlock.Outcome outcome = GiftAnswerBlock.interpret(answers, draft);
        if (outcome.answer().isEmpty()) {
            problem(blockLine, name + ": not imported: " + outcome.notes().get(0));
            return;
        }
        outcome.notes().forEach(note -> problem(blockLine, name + ": " + note));
        String stem = GiftText.restore(stemText.strip());
        String id = ids.idFor(title.orElse(""));
        questions.add(draft.build(id, stem, outcome.answer().get(), explanation));
        category.ifPresent(filedUnder -> categories.put(id, filedUnder));
    }

    private void problem(int line, String message) {
        problems.add(Problem.at(label, line, 1, message));
    }
}
