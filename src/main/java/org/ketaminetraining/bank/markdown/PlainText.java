package org.ketaminetraining.bank.markdown;

import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * Bank Markdown as the words a reader sees, on one line, for a preview in a list: the text of every paragraph,
 * heading, list item and link, code without its backticks, every run of white space one space; marks, link targets
 * and raw HTML gone. Text without any Markdown mark is only tidied, which is most stems: parsing 10,000 of them at
 * an import would cost more than the preview is worth.
 */
public final class PlainText {

    private static final Pattern MARKDOWN_MARK = Pattern.compile("[*_`#>\\[\\]<&\\\\~|!=+-]|^\\s*\\d+[.)]",
            Pattern.MULTILINE);
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Parser PARSER = Parser.builder().build();

    private PlainText() {
    }

    /** The text of {@code markdown} on one line. */
    public static String of(String markdown) {
        String text = markdown;
        if (MARKDOWN_MARK.matcher(markdown).find()) {
            StringBuilder words = new StringBuilder(markdown.length());
            PARSER.parse(markdown).accept(new Words(words));
            text = words.toString();
        }
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    /** As {@link #of}, cut at a word boundary to at most {@code max} characters, with an ellipsis when cut. */
    public static String preview(String markdown, int max) {
        String text = of(markdown);
        if (text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max - 1);
        return text.substring(0, cut > max / 2 ? cut : max - 1).strip() + "…";
    }

    /** Collects literal text; every block and line break becomes a space. */
    private static final class Words extends AbstractVisitor {
        private final StringBuilder out;

        Words(StringBuilder out) {
            this.out = out;
        }

        @Override
        public void visit(Text text) {
            out.append(text.getLiteral());
        }

        @Override
        public void visit(Code code) {
            out.append(code.getLiteral());
        }

        @Override
        public void visit(HtmlInline html) {
            // raw HTML is escaped when rendered, never shown as markup: leave it out of a preview
        }

        @Override
        public void visit(SoftLineBreak lineBreak) {
            out.append(' ');
        }

        @Override
        public void visit(HardLineBreak lineBreak) {
            out.append(' ');
        }

        /** Blocks (paragraphs, headings, list items, quotes) end with a space, so their words never run together. */
        @Override
        protected void visitChildren(Node parent) {
            super.visitChildren(parent);
            if (parent instanceof Block) {
                out.append(' ');
            }
        }
    }
}
