package org.ketaminetraining.certification.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.font.TextHitInfo;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * What the JDK's text engine does to a line that PDF text in DejaVu Sans would get wrong, measured on the layout
 * the certificate draws: right-to-left order, Arabic letters joined, Devanagari conjuncts, and the CJK face that
 * fits the language.
 */
class ShapedLineTest {

    private static ShapedLine lay(String text) {
        return ShapedLine.lay(text, CertificateFonts.choice(text, true, InstalledFonts.FONTS));
    }

    private static float caretX(TextLayout layout, int index) {
        return layout.getCaretInfo(TextHitInfo.leading(index))[0];
    }

    @Test
    void hebrewRunsRightToLeft() {
        InstalledFonts.require("דוד לוי");
        TextLayout layout = lay("דוד לוי").layout();
        assertThat(layout.isLeftToRight()).isFalse();
        // The first word as written (דוד) ends up on the right, the second (לוי) on the left.
        assertThat(caretX(layout, 0)).isGreaterThan(caretX(layout, 4));
    }

    @Test
    void arabicLettersAreJoinedNotPrintedInTheirIsolatedForms() {
        // Meem, hah, meem, dal: no dots, and each joins the next, so the word is one stroke of ink. Zero-width
        // non-joiners between them force the isolated forms an unshaped layout would print: four strokes.
        String joined = "محمد";
        String isolated = String.join("\u200C", joined.split(""));
        InstalledFonts.require(joined);
        assertThat(lay(joined).layout().isLeftToRight()).isFalse();
        assertThat(strokes(lay(joined))).isEqualTo(1);
        assertThat(strokes(lay(isolated))).isEqualTo(4);
    }

    /** The separate pieces of ink of a line drawn at 100 px to the em (4-connected regions of dark pixels). */
    private static int strokes(ShapedLine line) {
        BufferedImage image = new BufferedImage(Math.round(line.unitWidth() * 100) + 40, 200,
                BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
        graphics.setColor(Color.BLACK);
        graphics.translate(20, 140);
        graphics.fill(line.layout().getOutline(AffineTransform.getScaleInstance(0.1, 0.1)));
        graphics.dispose();
        boolean[][] seen = new boolean[image.getWidth()][image.getHeight()];
        int strokes = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                if (!seen[x][y] && dark(image, x, y)) {
                    strokes++;
                    Deque<int[]> todo = new ArrayDeque<>(List.of(new int[]{x, y}));
                    seen[x][y] = true;
                    while (!todo.isEmpty()) {
                        int[] p = todo.pop();
                        for (int[] d : new int[][]{{1, 0}, {-1, 0}, {0, 1}, {0, -1}}) {
                            int nx = p[0] + d[0];
                            int ny = p[1] + d[1];
                            if (nx >= 0 && ny >= 0 && nx < image.getWidth() && ny < image.getHeight()
                                    && !seen[nx][ny] && dark(image, nx, ny)) {
                                seen[nx][ny] = true;
                                todo.push(new int[]{nx, ny});
                            }
                        }
                    }
                }
            }
        }
        return strokes;
    }

    private static boolean dark(BufferedImage image, int x, int y) {
        return (image.getRGB(x, y) & 0xFF) < 128;
    }

    @Test
    void devanagariConsonantsFormConjuncts() {
        // क + virama + ष is one conjunct glyph (क्ष), narrower than the two consonants side by side.
        InstalledFonts.require("क्ष");
        assertThat(lay("क्ष").unitWidth()).isLessThan((lay("क").unitWidth() + lay("ष").unitWidth()) * 0.9f);
    }

    @Test
    void hanIdeographsTakeTheFormsOfTheLanguageTheRestOfTheTextShows() {
        InstalledFonts.require("李雷 山田 さくら 김민준");
        assertThat(family("李雷", '李')).isEqualTo("noto sans cjk sc");
        assertThat(family("山田 さくら", '山')).isEqualTo("noto sans cjk jp");
        assertThat(family("金 김민준", '金')).isEqualTo("noto sans cjk kr");
    }

    @Test
    void latinLettersInAShapedLineStayInDejaVuAndSpacesStayWithTheirScript() {
        InstalledFonts.require("محمد Ali");
        String text = "محمد Ali";
        ShapedLine.FontChoice choice = CertificateFonts.choice(text, true, InstalledFonts.FONTS);
        java.awt.Font arabic = choice.fontFor('م', null);
        assertThat(arabic.getFamily(Locale.ROOT)).isEqualTo("Noto Sans Arabic");
        assertThat(choice.fontFor(' ', arabic)).isSameAs(arabic);
        assertThat(choice.fontFor('A', arabic).getFamily(Locale.ROOT)).isEqualTo("DejaVu Sans");
    }

    private static String family(String text, char ideograph) {
        return CertificateFonts.choice(text, true, InstalledFonts.FONTS).fontFor(ideograph, null)
                .getFamily(Locale.ROOT).toLowerCase(Locale.ROOT);
    }
}
