package org.ketaminetraining.bank.yaml;

import java.util.Optional;
import java.util.regex.Pattern;
import org.ketaminetraining.bank.markdown.MarkdownFinding;
import org.ketaminetraining.bank.markdown.MarkdownSafetyCheck;
import org.ketaminetraining.bank.validation.SourceLocation;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/** Field rules shared by all bank files: identifiers and Markdown text. */
final class BankFields {
    /** Lower-case words of letters and digits joined by single hyphens, as the spec requires for every id. */
    static final Pattern ID = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

    private BankFields() {
    }

    static Optional<String> requiredId(MappingReader reader, String key) {
        return reader.required(key).flatMap(value -> id(reader, value, "'" + key + "'"));
    }

    static Optional<String> id(MappingReader reader, Node value, String what) {
        return reader.text(value, what).filter(id -> {
            if (ID.matcher(id).matches()) {
                return true;
            }
            reader.problems().at(value, reader.prefix() + what + " must be lower-case letters and digits joined by"
                    + " hyphens (like 'pk-001'), found '" + NodeDescription.shorten(id) + "'");
            return false;
        });
    }

    static Optional<String> requiredMarkdown(MappingReader reader, String key) {
        return reader.required(key).flatMap(value -> markdown(reader, value, "'" + key + "'"));
    }

    static Optional<String> optionalMarkdown(MappingReader reader, String key) {
        return reader.value(key).flatMap(value -> markdown(reader, value, "'" + key + "'"));
    }

    /**
     * Reads Markdown text and reports raw HTML and unsafe links. The safety check runs on the text exactly as it
     * stands in the file, so a finding can be mapped back to its own line and column.
     */
    static Optional<String> markdown(MappingReader reader, Node value, String what) {
        Optional<String> text = reader.text(value, what);
        if (text.isPresent()) {
            ScalarNode scalar = (ScalarNode) value;
            for (MarkdownFinding finding : MarkdownSafetyCheck.check(scalar.getValue())) {
                reader.problems().at(locate(reader.problems(), scalar, finding),
                        reader.prefix() + what + " " + finding.message());
            }
        }
        return text;
    }

    /**
     * Where a finding inside a scalar sits in the file. Exact for literal blocks and one-line plain scalars, whose
     * text maps line for line onto the file; for folded or quoted scalars the start of the value is the honest
     * answer.
     */
    private static SourceLocation locate(FileProblems problems, ScalarNode scalar, MarkdownFinding finding) {
        SourceLocation start = problems.locationOf(scalar);
        if (start.isWholeFile()) {
            return start;
        }
        if (scalar.getScalarStyle() == ScalarStyle.LITERAL) {
            int contentLine = start.line() + finding.line(); // start.line() is 1-based and names the '|' line
            int indent = blockIndent(problems.file(), start.line());
            return new SourceLocation(start.file(), contentLine + 1, indent + finding.column() + 1);
        }
        if (scalar.getScalarStyle() == ScalarStyle.PLAIN && finding.line() == 0) {
            return new SourceLocation(start.file(), start.line(), start.column() + finding.column());
        }
        return start;
    }

    /** Indentation of a literal block: that of its first non-blank content line. */
    private static int blockIndent(SourceFile file, int indicatorLine) {
        var lines = file.lines();
        for (int index = indicatorLine; index < lines.size(); index++) {
            String line = lines.get(index);
            if (!line.isBlank()) {
                return line.length() - line.stripLeading().length();
            }
        }
        return 0;
    }
}
