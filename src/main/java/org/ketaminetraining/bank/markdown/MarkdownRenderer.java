package org.ketaminetraining.bank.markdown;

import org.commonmark.node.Link;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.UrlSanitizer;

/**
 * Turns bank Markdown into HTML for the app. Raw HTML in the source is escaped, never passed through; links keep
 * only http, https and mailto targets (others become an empty href) and carry {@code rel="noopener noreferrer"}.
 * Instances are immutable and safe to share between threads.
 */
public final class MarkdownRenderer {
    private static final String LINK_REL = "noopener noreferrer";

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer blockRenderer = renderer(false);
    private final HtmlRenderer inlineRenderer = renderer(true);

    /** Renders a stem, explanation or feedback: paragraphs, lists and emphasis, wrapped in block elements. */
    public String toHtml(String markdown) {
        return SafeHtml.sanitize(blockRenderer.render(parser.parse(markdown)));
    }

    /**
     * Renders a short text such as an option or a matching item. A single paragraph comes back without its
     * {@code <p>} so it fits inside a label; longer text still renders as blocks.
     */
    public String toInlineHtml(String markdown) {
        return SafeHtml.sanitize(inlineRenderer.render(parser.parse(markdown)).strip());
    }

    private static HtmlRenderer renderer(boolean omitSingleParagraph) {
        return HtmlRenderer.builder()
                .escapeHtml(true)
                .sanitizeUrls(true)
                .urlSanitizer(new PolicyUrlSanitizer())
                .percentEncodeUrls(true)
                .omitSingleParagraphP(omitSingleParagraph)
                .attributeProviderFactory(context -> relForLinks())
                .build();
    }

    private static AttributeProvider relForLinks() {
        return (node, tagName, attributes) -> {
            if (node instanceof Link) {
                attributes.put("rel", LINK_REL);
            }
        };
    }

    /** Empty targets rather than dropped elements, so the text of a bad link still reads sensibly. */
    private static final class PolicyUrlSanitizer implements UrlSanitizer {
        @Override
        public String sanitizeLinkUrl(String url) {
            return LinkPolicy.isAllowedLink(url) ? url : "";
        }

        @Override
        public String sanitizeImageUrl(String url) {
            return LinkPolicy.isAllowedImage(url) ? url : "";
        }
    }
}
