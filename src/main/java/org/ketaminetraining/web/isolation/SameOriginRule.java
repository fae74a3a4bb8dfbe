package org.ketaminetraining.web.isolation;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which requests may act on the site (a form post, a Wicket listener, any method but GET and HEAD): only those a
 * browser marks as coming from the site's own origin, or from an origin the operator listed explicitly.
 *
 * <ul>
 *   <li>With Fetch Metadata (every current browser): {@code Sec-Fetch-Site: same-origin}, or {@code none} (the
 *   person typed the address or used a bookmark, which no other site can cause). {@code same-site} is not enough:
 *   another host of the same registrable domain (a sibling subdomain, or another port) is another origin and may
 *   be run by someone else. A GET that is a top-level navigation ({@code Sec-Fetch-Mode: navigate}, not into an
 *   object or embed) is allowed from anywhere, as a followed link; nothing else from another origin is.</li>
 *   <li>Without Fetch Metadata (older browsers): the {@code Origin} header, or else the {@code Referer}, must be
 *   the site's own origin: its public address (KT_PUBLIC_URL) or the scheme, host and port the request was sent
 *   to. A request naming neither is refused.</li>
 *   <li>Either way, a request whose Origin (else Referer) is in the configured list (KT_ALLOWED_ORIGINS) is
 *   allowed: an exact origin, never a domain and its subdomains.</li>
 * </ul>
 *
 * <p>Header values are bounded before they are parsed; one too long counts as absent.
 */
public final class SameOriginRule {

    /** Longer Origin or Referer values are not parsed (browsers send far shorter ones). */
    static final int MAX_HEADER_LENGTH = 2048;
    /** The longest KT_ALLOWED_ORIGINS accepted. */
    static final int MAX_SETTING_LENGTH = 4096;
    private static final Pattern SEPARATORS = Pattern.compile("[,\\s]+");

    private final String publicOrigin;
    private final Set<String> allowedOrigins;

    private SameOriginRule(String publicOrigin, Set<String> allowedOrigins) {
        this.publicOrigin = publicOrigin;
        this.allowedOrigins = Set.copyOf(allowedOrigins);
    }

    /**
     * @param publicUrl      the site's public address (KT_PUBLIC_URL)
     * @param allowedOrigins the KT_ALLOWED_ORIGINS setting: origins separated by commas or spaces, may be blank
     * @throws IllegalArgumentException naming the setting and the entry that is not an origin
     */
    public static SameOriginRule of(String publicUrl, String allowedOrigins) {
        String own = originOf(publicUrl).orElseThrow(() -> new IllegalArgumentException(
                "KT_PUBLIC_URL: \"" + publicUrl + "\" is not an absolute http(s) address"));
        return new SameOriginRule(own, parseAllowedOrigins(allowedOrigins));
    }

    /** The origins KT_ALLOWED_ORIGINS lists, each as scheme://host[:port] in lower case without a default port. */
    static Set<String> parseAllowedOrigins(String setting) {
        Set<String> origins = new LinkedHashSet<>();
        if (setting == null || setting.isBlank()) {
            return origins;
        }
        if (setting.length() > MAX_SETTING_LENGTH) {
            throw new IllegalArgumentException("KT_ALLOWED_ORIGINS is " + setting.length()
                    + " characters long; at most " + MAX_SETTING_LENGTH + " are accepted");
        }
        String[] entries = SEPARATORS.split(setting.strip());
        for (int i = 0; i < entries.length; i++) {
            String entry = entries[i];
            int position = i + 1;
            origins.add(strictOriginOf(entry).orElseThrow(() -> new IllegalArgumentException(
                    "KT_ALLOWED_ORIGINS: entry " + position + ", \"" + entry + "\", is not an origin; write "
                            + "scheme://host or scheme://host:port (http or https, no path), for example "
                            + "https://intranet.example.org")));
        }
        return origins;
    }

    /** Whether the request may go ahead. */
    public boolean allows(Request request) {
        Optional<String> source = sourceOrigin(request);
        if (source.isPresent() && allowedOrigins.contains(source.get())) {
            return true;
        }
        String site = lower(request.fetchSite());
        if (!site.isEmpty()) {
            if (site.equals("same-origin") || site.equals("none")) {
                return true;
            }
            String dest = lower(request.fetchDest());
            return !request.changesState() && lower(request.fetchMode()).equals("navigate")
                    && !dest.equals("object") && !dest.equals("embed");
        }
        return source.isPresent() && (source.get().equals(publicOrigin)
                || originOf(request.requestOrigin()).filter(source.get()::equals).isPresent());
    }

    /** The origin the request says it comes from: its Origin header, else its Referer's origin. */
    private static Optional<String> sourceOrigin(Request request) {
        String origin = request.origin();
        if (origin != null && !origin.isBlank()) {
            return originOf(origin);
        }
        return originOf(request.referer());
    }

    /**
     * scheme://host[:port] of an absolute http(s) URL, lower case, without a default port; empty for anything
     * else, including "null" (the Origin of privacy-sensitive contexts) and values too long to parse.
     */
    static Optional<String> originOf(String url) {
        if (url == null || url.isBlank() || url.length() > MAX_HEADER_LENGTH) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost();
            if (!(scheme.equals("http") || scheme.equals("https")) || host == null || host.isEmpty()) {
                return Optional.empty();
            }
            int port = uri.getPort();
            boolean defaultPort = port == -1 || scheme.equals("http") && port == 80
                    || scheme.equals("https") && port == 443;
            return Optional.of(scheme + "://" + host.toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** Like {@link #originOf}, but only for text that is an origin and nothing more (a setting's entry). */
    private static Optional<String> strictOriginOf(String entry) {
        try {
            URI uri = new URI(entry);
            boolean bare = uri.getRawUserInfo() == null && uri.getRawQuery() == null && uri.getRawFragment() == null
                    && (uri.getRawPath() == null || uri.getRawPath().isEmpty() || uri.getRawPath().equals("/"));
            return bare ? originOf(entry) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static String lower(String value) {
        return value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * What the rule reads from a request.
     *
     * @param method        the HTTP method
     * @param fetchSite     Sec-Fetch-Site, or null
     * @param fetchMode     Sec-Fetch-Mode, or null
     * @param fetchDest     Sec-Fetch-Dest, or null
     * @param origin        Origin, or null
     * @param referer       Referer, or null
     * @param requestOrigin scheme://host:port the request was sent to (as the server sees it)
     */
    public record Request(String method, String fetchSite, String fetchMode, String fetchDest, String origin,
            String referer, String requestOrigin) {

        /** Anything but GET and HEAD may change state. */
        public boolean changesState() {
            return !("GET".equalsIgnoreCase(method) || "HEAD".equalsIgnoreCase(method));
        }
    }
}
