package org.ketaminetraining.web.component;

import java.util.regex.Pattern;
import org.apache.wicket.markup.ComponentTag;
import org.apache.wicket.markup.MarkupStream;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.model.IModel;
import org.apache.wicket.util.string.Strings;
import org.ketaminetraining.bank.markdown.MarkdownRenderer;

/**
 * Bank Markdown (stems, options, feedback, explanations) as HTML. This is the one component that writes its model
 * unescaped, and what it writes is only ever the output of {@link MarkdownRenderer}, which escapes raw HTML in the
 * source and sanitizes the result against an allow-list.
 */
public class MarkdownLabel extends Label {

    private static final long serialVersionUID = 1L;
    private static final MarkdownRenderer RENDERER = new MarkdownRenderer();
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private static final Pattern PARAGRAPH_OPEN = Pattern.compile("<p>");
    private static final Pattern PARAGRAPH_CLOSE = Pattern.compile("</p>");

    /** How the HTML must fit where it goes. */
    private enum Fit { BLOCK, INLINE, PHRASING }

    private final Fit fit;

    private MarkdownLabel(String id, IModel<String> markdown, Fit fit) {
        super(id, markdown);
        this.fit = fit;
    }

    /** Paragraphs, lists and emphasis, for a stem, an explanation or a feedback text. */
    public static MarkdownLabel block(String id, IModel<String> markdown) {
        return new MarkdownLabel(id, markdown, Fit.BLOCK);
    }

    /** A short text without its paragraph, to sit inside a label, a legend or a list item. */
    public static MarkdownLabel inline(String id, IModel<String> markdown) {
        return new MarkdownLabel(id, markdown, Fit.INLINE);
    }

    /**
     * For a {@code <legend>}, which may hold only phrasing content: a stem of several paragraphs keeps them, as
     * spans shown as blocks ({@code .stem-paragraph} in app.css), instead of {@code <p>} elements.
     */
    public static MarkdownLabel phrasing(String id, IModel<String> markdown) {
        return new MarkdownLabel(id, markdown, Fit.PHRASING);
    }

    /** The sanitizer's output has bare {@code <p>} tags, so a literal replacement is exact. */
    static String asPhrasing(String html) {
        String open = PARAGRAPH_OPEN.matcher(html).replaceAll("<span class=\"stem-paragraph\">");
        return PARAGRAPH_CLOSE.matcher(open).replaceAll("</span>");
    }

    /** The text of a Markdown snippet without its formatting, for places that take only text ({@code <option>}). */
    public static String plainText(String markdown) {
        String html = RENDERER.toInlineHtml(markdown == null ? "" : markdown);
        return Strings.unescapeMarkup(TAG.matcher(html).replaceAll("")).toString().strip();
    }

    /** The rendered, sanitized HTML of a Markdown snippet, for components that assemble several of them. */
    public static String inlineHtml(String markdown) {
        return RENDERER.toInlineHtml(markdown == null ? "" : markdown);
    }

    @Override
    public void onComponentTagBody(MarkupStream markupStream, ComponentTag openTag) {
        Object markdown = getDefaultModelObject();
        String source = markdown == null ? "" : markdown.toString();
        String html = switch (fit) {
            case BLOCK -> RENDERER.toHtml(source);
            case INLINE -> RENDERER.toInlineHtml(source);
            case PHRASING -> asPhrasing(RENDERER.toInlineHtml(source));
        };
        replaceComponentTagBody(markupStream, openTag, html);
    }
}
