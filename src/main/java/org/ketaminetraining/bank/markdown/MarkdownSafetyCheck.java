package org.ketaminetraining.bank.markdown;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Finds what bank Markdown must not contain: raw HTML (block or inline, which covers {@code <script>}) and links or
 * images whose target is not a full http(s) or mailto address (which covers {@code javascript:}). It reports, it
 * does not repair: an author should see and fix the text.
 */
public final class MarkdownSafetyCheck {
    private static final int SNIPPET_LENGTH = 40;
    // No extensions: cannotHoldHtmlOrLinks relies on plain CommonMark, where only '<' starts HTML and only ']'
    // closes a link. An extension such as bare-URL autolinks would need that shortcut changed too.
    private static final Parser PARSER =
            Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

    private MarkdownSafetyCheck() {
    }

    public static List<MarkdownFinding> check(String markdown) {
        return cannotHoldHtmlOrLinks(markdown) ? List.of() : parseAndCheck(markdown);
    }

    /** The check without the shortcut: what the shortcut must agree with. */
    static List<MarkdownFinding> parseAndCheck(String markdown) {
        Finder finder = new Finder();
        PARSER.parse(markdown).accept(finder);
        return List.copyOf(finder.findings);
    }

    /**
     * Raw HTML (block, inline or autolink) cannot start without a '<', and a link or image cannot close without a
     * ']' (inline, reference, shortcut and definition forms alike); without extensions CommonMark makes links of
     * nothing else. Most bank text has neither, and skipping its parse halves the validation of a large bank.
     */
    static boolean cannotHoldHtmlOrLinks(String markdown) {
        return markdown.indexOf('<') < 0 && markdown.indexOf(']') < 0;
    }

    private static final class Finder extends AbstractVisitor {
        private final List<MarkdownFinding> findings = new ArrayList<>();
        private boolean reportedHtml;

        @Override
        public void visit(HtmlBlock htmlBlock) {
            rawHtml(htmlBlock, htmlBlock.getLiteral());
        }

        @Override
        public void visit(HtmlInline htmlInline) {
            // A closing tag after a reported opening one adds nothing the author needs to read twice.
            if (!(reportedHtml && htmlInline.getLiteral().startsWith("</"))) {
                rawHtml(htmlInline, htmlInline.getLiteral());
            }
        }

        @Override
        public void visit(Link link) {
            if (!LinkPolicy.isAllowedLink(link.getDestination())) {
                add(link, "has a link to '" + snippet(link.getDestination())
                        + "'; links must start with https://, http:// or mailto:");
            }
            visitChildren(link);
        }

        @Override
        public void visit(Image image) {
            if (!LinkPolicy.isAllowedImage(image.getDestination())) {
                add(image, "has an image from '" + snippet(image.getDestination())
                        + "'; images must start with https:// or http://");
            }
            visitChildren(image);
        }

        private void rawHtml(Node node, String literal) {
            reportedHtml = true;
            add(node, "contains raw HTML '" + snippet(literal.strip())
                    + "'; write Markdown instead (raw HTML is never shown to learners)");
        }

        private void add(Node node, String message) {
            List<SourceSpan> spans = node.getSourceSpans();
            SourceSpan first = spans.isEmpty() ? SourceSpan.of(0, 0, 0) : spans.get(0);
            findings.add(new MarkdownFinding(first.getLineIndex(), first.getColumnIndex(), message));
        }
    }

    private static String snippet(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() <= SNIPPET_LENGTH ? oneLine : oneLine.substring(0, SNIPPET_LENGTH) + "...";
    }
}
