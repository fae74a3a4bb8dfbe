package org.ketaminetraining.bank.markdown;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Which link targets bank Markdown may use: full http(s) addresses and mailto, nothing else. */
public final class LinkPolicy {
    private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto");
    private static final Set<String> IMAGE_SCHEMES = Set.of("http", "https");
    private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.\\-]*):");
    // Browsers ignore control characters and spaces inside a scheme ("java\tscript:"), so the check must too.
    private static final Pattern IGNORED_BY_BROWSERS = Pattern.compile("[\\x00-\\x20\\x7f]");

    private LinkPolicy() {
    }

    public static boolean isAllowedLink(String destination) {
        return schemeOf(destination).map(LINK_SCHEMES::contains).orElse(false);
    }

    public static boolean isAllowedImage(String destination) {
        return schemeOf(destination).map(IMAGE_SCHEMES::contains).orElse(false);
    }

    private static java.util.Optional<String> schemeOf(String destination) {
        String squeezed = IGNORED_BY_BROWSERS.matcher(destination).replaceAll("").toLowerCase(Locale.ROOT);
        Matcher matcher = SCHEME.matcher(squeezed);
        return matcher.find() ? java.util.Optional.of(matcher.group(1)) : java.util.Optional.empty();
    }
}
