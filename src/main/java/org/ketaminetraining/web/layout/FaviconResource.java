package org.ketaminetraining.web.layout;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import org.apache.wicket.request.http.WebResponse;
import org.apache.wicket.request.resource.ByteArrayResource;
import org.apache.wicket.request.resource.IResource;
import org.apache.wicket.request.resource.ResourceReference;

/**
 * The site's icon (a white K on the site's blue, 16, 32 and 48 px) at {@code /favicon.ico}, where browsers look for
 * it unasked. Caches anywhere may keep it a week: it is the same for everyone and rarely changes.
 */
public final class FaviconResource extends ByteArrayResource {

    /** The icon browsers ask for at /favicon.ico; the base page names it in every page's head as well. */
    public static final ResourceReference REFERENCE = new ResourceReference(FaviconResource.class, "favicon") {
        private static final long serialVersionUID = 1L;
        private final FaviconResource icon = new FaviconResource();

        @Override
        public IResource getResource() {
            return icon;
        }
    };

    private static final long serialVersionUID = 1L;
    static final Duration CACHE_FOR = Duration.ofDays(7);

    FaviconResource() {
        super("image/x-icon", read());
    }

    @Override
    protected ResourceResponse newResourceResponse(Attributes attributes) {
        // Set here rather than in configureResponse, which a "304 Not Modified" answer skips.
        ResourceResponse response = super.newResourceResponse(attributes);
        response.setCacheDuration(CACHE_FOR);
        response.setCacheScope(WebResponse.CacheScope.PUBLIC);
        return response;
    }

    private static byte[] read() {
        try (InputStream in = FaviconResource.class.getResourceAsStream("favicon.ico")) {
            if (in == null) {
                throw new IllegalStateException("favicon.ico is missing beside " + FaviconResource.class.getName());
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
