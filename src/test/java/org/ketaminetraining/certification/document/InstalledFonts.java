package org.ketaminetraining.certification.document;

import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;

/**
 * The fonts installed on the machine, as the server finds them: the directories in the system property
 * {@code kt.test.font-dirs} (':'-separated, default {@code /usr/share/fonts}). A test that needs a script's font
 * calls {@link #require}: without the font it is skipped with a message naming what to install, or fails when
 * {@code kt.test.require-fonts=true} (CI, which installs the fonts, sets it, so a missing font cannot pass
 * unnoticed).
 */
final class InstalledFonts {

    static final FallbackFonts FONTS = FallbackFonts.in(Arrays.stream(
            System.getProperty("kt.test.font-dirs", "/usr/share/fonts").split(":")).map(Path::of).toList());

    private InstalledFonts() {
    }

    /** Skips (or, in CI, fails) the test unless some installed font draws every character of {@code text}. */
    static void require(String text) {
        List<Integer> missing = CertificateFonts.undrawable(text, true, FONTS);
        missing.addAll(CertificateFonts.undrawable(text, false, FONTS));
        if (missing.isEmpty()) {
            return;
        }
        String message = "No font in " + FONTS.directories() + " draws "
                + missing.stream().distinct().map(CertificateFonts::describe).collect(Collectors.joining(", "))
                + " of '" + text + "'; install Debian's fonts-noto-core, fonts-noto-cjk and fonts-symbola "
                + "(.ci/run does)";
        if (Boolean.getBoolean("kt.test.require-fonts")) {
            fail(message + " (kt.test.require-fonts=true)");
        }
        Assumptions.abort(message + ". Skipping.");
    }
}
