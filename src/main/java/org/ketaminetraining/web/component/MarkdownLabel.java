package org.ketaminetraining.web.component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.function.Function;
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
 *
 * <p>Rendered HTML is kept in a bounded cache by its source: a published revision never changes, and every study
 * page shows a stem, its options, feedback and explanation, so the same few thousand snippets were parsed,
 * rendered and sanitized again at every page view (4% of the server's CPU under study load). The output depends on
 * the source alone, so a cached entry can never be stale.
 */
public class MarkdownLabel extends Label {

    private static final long serialVersionUID = 1L;
    private static final MarkdownRenderer RENDERER = new MarkdownRenderer();
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private static final Pattern PARAGRAPH_OPEN = Pattern.compile("<p>");
    private static final Pattern PARAGRAPH_CLOSE = Pattern.compile("</p>");

    /** How the HTML must fit where it goes. */
    private enum Fit { BLOCK, INLINE, PHRASING }

    /** Longer sources (a large draft's preview) are rendered each time rather than crowding out the bank's. */
    private static final int MAX_CACHED_SOURCE = 16_000;

    private record Rendering(Fit fit, String source) {
    }

    /** About 16 MB at most (characters weigh two bytes; the shipped bank's snippets take about 2 MB). */
    private static final Cache<Rendering, String> RENDERED = Caffeine.newBuilder().maximumWeight(8_000_000)
            .<Rendering, String>weigher((key, html) -> key.source().length() + html.length() + 64).build();

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
        String html = inlineHtml(markdown);
        return Strings.unescapeMarkup(TAG.matcher(html).replaceAll("")).toString().strip();
    }

    /** The rendered, sanitized HTML of a Markdown snippet, for components that assemble several of them. */
    public static String inlineHtml(String markdown) {
        return render(Fit.INLINE, markdown == null ? "" : markdown);
    }

    private static String render(Fit fit, String source) {
        Function<Rendering, String> rendering = key -> switch (key.fit()) {
            case BLOCK -> RENDERER.toHtml(key.source());
            case INLINE -> RENDERER.toInlineHtml(key.source());
            case PHRASING -> asPhrasing(RENDERER.toInlineHtml(key.source()));
        };
        Rendering key = new Rendering(fit, source);
        return source.length() > MAX_CACHED_SOURCE ? rendering.apply(key) : RENDERED.get(key, rendering);
    }

    @Override
    public void onComponentTagBody(MarkupStream markupStream, ComponentTag openTag) {
        Object markdown = getDefaultModelObject();
        replaceComponentTagBody(markupStream, openTag, render(fit, markdown == null ? "" : markdown.toString()));
    }
}
