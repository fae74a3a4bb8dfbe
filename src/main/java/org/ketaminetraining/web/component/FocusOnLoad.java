package org.ketaminetraining.web.component;

import org.apache.wicket.request.resource.JavaScriptResourceReference;

/**
 * The script that moves keyboard focus, on a full render, to the element a page marks with
 * {@code data-focus-on-load} (a refusal, the next question). Shared by study and assessment pages, which must put
 * focus in the same place for the same reason, so it lives here rather than in either feature.
 */
public final class FocusOnLoad {

    /** The script itself, served from this package. */
    public static final JavaScriptResourceReference SCRIPT =
            new JavaScriptResourceReference(FocusOnLoad.class, "focus-on-load.js");

    private FocusOnLoad() {
    }
}
