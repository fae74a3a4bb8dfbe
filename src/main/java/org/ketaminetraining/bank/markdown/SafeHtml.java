package org.ketaminetraining.bank.markdown;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The last line of defence for rendered bank text: an allow-list HTML sanitizer (OWASP Java HTML Sanitizer) run
 * over commonmark's output. commonmark already escapes raw HTML and filters link targets; this pass guarantees
 * that nothing but formatting, lists, tables, code and http(s)/mailto links can reach a page, whatever a future
 * renderer change lets through: no script, no event handlers, no style, no other URL schemes.
 */
final class SafeHtml {

    static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "hr", "em", "strong", "code", "pre", "blockquote", "ul", "ol", "li",
                    "h1", "h2", "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tr", "th", "td", "sup", "sub",
                    "del", "a", "img")
            .allowAttributes("start").onElements("ol")
            .allowAttributes("align").onElements("th", "td")
            .allowAttributes("href").onElements("a")
            .allowAttributes("src", "alt", "title").onElements("img")
            .allowAttributes("title").onElements("a")
            .allowUrlProtocols("https", "http", "mailto")
            .requireRelsOnLinks("noopener", "noreferrer")
            .toFactory();

    private SafeHtml() {
    }

    static String sanitize(String html) {
        return POLICY.sanitize(html);
    }
}
