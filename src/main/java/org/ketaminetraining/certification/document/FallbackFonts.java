package org.ketaminetraining.certification.document;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fonts a certificate falls back to for the characters DejaVu Sans has no glyph for: the font files found, when
 * first needed, in a list of directories (on Debian {@code /usr/share/fonts}, where the packages
 * {@code fonts-noto-core}, {@code fonts-noto-cjk} and {@code fonts-symbola} put Arabic, Hebrew, Devanagari and
 * most other scripts, Chinese, Japanese and Korean, and emoji as outlines).
 *
 * <p>Which face draws a character is decided the same way every time, so the same fonts give the same bytes:
 * <ul>
 *   <li>Only upright faces of regular or bold weight are used (a file's PostScript name ends in {@code -Regular},
 *       {@code -Bold} or names no style), and only when their licence flags allow embedding
 *       ({@link FontLicence}). Bold text takes a bold face where one draws the character, else a regular one.</li>
 *   <li>Faces are tried in this order: families named "Noto Sans …" (except Mono and UI variants), then other
 *       "Noto Sans", then other Noto families, then everything else; within a tier the shorter family name first
 *       (so "Noto Sans Arabic" before "Noto Sans Arabic UI"), then by name, file and position in the file. The
 *       first face that has a glyph with an outline for the character wins: a colour emoji font, whose glyphs are
 *       pictures without outlines, is passed over.</li>
 *   <li>Han ideographs look different in Chinese, Japanese and Korean. The CJK collections hold one face per
 *       region; the text's other characters pick it: kana make it Japanese, Hangul Korean, and otherwise the
 *       simplified Chinese forms are used.</li>
 * </ul>
 *
 * <p>A character no face draws is reported once per Debian package that would bring it, at WARNING, through
 * {@code java.util.logging}; the certificate is made all the same (the character prints as an empty box, and the
 * text behind the drawing stays right). The directory walk is bounded: {@value #MAX_DEPTH} levels, at most
 * {@value #MAX_FONT_FILES} font files, none over 256 MiB. Thread-safe.
 */
public final class FallbackFonts {

    private static final Logger LOG = Logger.getLogger(FallbackFonts.class.getName());

    static final int MAX_DEPTH = 8;
    static final int MAX_FONT_FILES = 5_000;
    static final long MAX_FILE_BYTES = 256L << 20;
    private static final Pattern FONT_FILE = Pattern.compile("(?i).*\\.(ttf|otf|ttc)");
    private static final Pattern CJK_REGION = Pattern.compile(".* CJK (JP|KR|SC|TC|HK)");
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    /** One usable face, with what orders it among the others. */
    record Face(Font font, String family, boolean bold, Optional<String> cjkRegion, int tier, Path file, int index) {
    }

    private static final Comparator<Face> ORDER = Comparator.comparingInt(Face::tier)
            .thenComparingInt(f -> f.family().length()).thenComparing(Face::family)
            .thenComparing(f -> f.file().toString()).thenComparingInt(Face::index);

    private record Wanted(int codePoint, boolean bold, String cjkRegion) {
    }

    private final List<Path> directories;
    private volatile List<Face> faces;
    private final Map<Wanted, Optional<Font>> chosen = new ConcurrentHashMap<>();
    private final Set<String> reported = ConcurrentHashMap.newKeySet();

    private FallbackFonts(List<Path> directories) {
        this.directories = List.copyOf(directories);
    }

    /** The fonts in these directories and their subdirectories, looked for when first needed. */
    public static FallbackFonts in(List<Path> directories) {
        Objects.requireNonNull(directories, "directories");
        return new FallbackFonts(directories.stream().map(d -> d.toAbsolutePath().normalize()).toList());
    }

    /** No fallback at all: DejaVu Sans alone. */
    public static FallbackFonts none() {
        return new FallbackFonts(List.of());
    }

    public List<Path> directories() {
        return directories;
    }

    /**
     * The first face, in the order above, that draws {@code codePoint}: of the weight asked for if one does, in
     * the region's forms for Han ideographs ({@code JP}, {@code KR}, {@code SC}).
     */
    Optional<Font> fontFor(int codePoint, boolean bold, String cjkRegion) {
        return chosen.computeIfAbsent(new Wanted(codePoint, bold, cjkRegion), this::choose);
    }

    private Optional<Font> choose(Wanted wanted) {
        List<Face> all = faces();
        // Passes from the best match down: region and weight right, region right, weight right, anything.
        for (int pass = 0; pass < 4; pass++) {
            for (Face face : all) {
                boolean regionOff = face.cjkRegion().isPresent() && !face.cjkRegion().get().equals(wanted.cjkRegion());
                boolean weightOff = face.bold() != wanted.bold();
                if ((regionOff ? 2 : 0) + (weightOff ? 1 : 0) == pass && draws(face.font(), wanted.codePoint())) {
                    return Optional.of(face.font());
                }
            }
        }
        return Optional.empty();
    }

    /** Whether {@code font} has a glyph for the character, with an outline unless the character shows no ink. */
    static boolean draws(Font font, int codePoint) {
        if (!font.canDisplay(codePoint)) {
            return false;
        }
        if (!showsInk(codePoint)) {
            return true;
        }
        return !font.createGlyphVector(FRC, Character.toString(codePoint)).getOutline().getBounds2D().isEmpty();
    }

    private static boolean showsInk(int codePoint) {
        int type = Character.getType(codePoint);
        return !Character.isWhitespace(codePoint) && !Character.isSpaceChar(codePoint)
                && type != Character.FORMAT && type != Character.CONTROL;
    }

    /**
     * Logs, once per Debian package, that no font draws {@code codePoint} and which package would.
     */
    void reportMissing(int codePoint) {
        Optional<String> debianPackage = packageFor(codePoint);
        if (!reported.add(debianPackage.orElse(""))) {
            return;
        }
        String where = directories.isEmpty() ? "no fallback font directory is configured"
                : "no font in " + directories + " draws it";
        LOG.warning(() -> "Certificates print " + CertificateFonts.describe(codePoint) + " as an empty box: "
                + where + debianPackage.map(p -> "; install the Debian package " + p + ", whose fonts cover such "
                        + "characters (if it is installed already, add a font that has this one)")
                        .orElse("; no font is expected to draw this character")
                + ". Logged once per package.");
    }

    /** The Debian package whose fonts draw the character, if any font is meant to. */
    static Optional<String> packageFor(int codePoint) {
        int type = Character.getType(codePoint);
        if (type == Character.UNASSIGNED || type == Character.PRIVATE_USE || type == Character.SURROGATE
                || (codePoint & 0xFFFE) == 0xFFFE || (codePoint >= 0xFDD0 && codePoint <= 0xFDEF)) {
            return Optional.empty();
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        if (EnumSet.of(Character.UnicodeScript.HAN, Character.UnicodeScript.HIRAGANA,
                Character.UnicodeScript.KATAKANA, Character.UnicodeScript.HANGUL,
                Character.UnicodeScript.BOPOMOFO).contains(script)) {
            return Optional.of("fonts-noto-cjk");
        }
        if (script == Character.UnicodeScript.COMMON && type == Character.OTHER_SYMBOL) {
            return Optional.of("fonts-symbola");
        }
        return Optional.of("fonts-noto-core");
    }

    /** The usable faces, in order; found at the first call. */
    List<Face> faces() {
        List<Face> found = faces;
        if (found == null) {
            synchronized (this) {
                found = faces;
                if (found == null) {
                    found = scan();
                    faces = found;
                }
            }
        }
        return found;
    }

    private List<Face> scan() {
        List<Path> files = new ArrayList<>();
        for (Path directory : directories) {
            if (!Files.isDirectory(directory)) {
                LOG.warning(() -> "The font directory " + directory + " does not exist; certificates fall back "
                        + "to the fonts in the others (" + directories + ").");
                continue;
            }
            collect(directory, files);
        }
        List<Face> usable = new ArrayList<>();
        for (Path file : files.stream().sorted().distinct().toList()) {
            usable.addAll(facesOf(file));
        }
        usable.sort(ORDER);
        LOG.info(() -> "Certificates can fall back to " + usable.size() + " font faces from " + files.size()
                + " files in " + directories + ".");
        return List.copyOf(usable);
    }

    private static void collect(Path directory, List<Path> files) {
        try {
            Files.walkFileTree(directory, EnumSet.of(FileVisitOption.FOLLOW_LINKS), MAX_DEPTH,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                            if (attributes.isRegularFile() && attributes.size() <= MAX_FILE_BYTES
                                    && FONT_FILE.matcher(file.getFileName().toString()).matches()) {
                                files.add(file);
                                if (files.size() >= MAX_FONT_FILES) {
                                    LOG.warning(() -> "More than " + MAX_FONT_FILES + " font files under "
                                            + directory + "; certificates use the first " + MAX_FONT_FILES + ".");
                                    return FileVisitResult.TERMINATE;
                                }
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            // An unreadable entry or a symbolic-link loop: the other fonts still count.
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot list the fonts in " + directory, e);
        }
    }

    private static List<Face> facesOf(Path file) {
        Font[] fonts;
        try {
            fonts = Font.createFonts(file.toFile());
        } catch (IOException | FontFormatException e) {
            LOG.fine(() -> "Not a usable font file: " + file + " (" + e.getMessage() + ")");
            return List.of();
        }
        List<Face> faces = new ArrayList<>();
        for (int index = 0; index < fonts.length; index++) {
            Font font = fonts[index];
            String psName = font.getPSName();
            int dash = psName.lastIndexOf('-');
            String style = dash < 0 ? "" : psName.substring(dash + 1);
            boolean bold = style.equals("Bold");
            if (!(bold || style.isEmpty() || style.equals("Regular") || style.equals("Book"))) {
                continue;
            }
            if (!embeddable(file, index)) {
                continue;
            }
            String family = font.getFamily(Locale.ROOT);
            Matcher region = CJK_REGION.matcher(family);
            faces.add(new Face(font, family, bold, region.matches() ? Optional.of(region.group(1)) : Optional.empty(),
                    tier(family), file, index));
        }
        return faces;
    }

    private static boolean embeddable(Path file, int index) {
        try {
            boolean permitted = FontLicence.permitsOutlineEmbedding(file, index);
            if (!permitted) {
                LOG.info(() -> "Not using " + file + " (face " + index + ") on certificates: its licence flags "
                        + "forbid embedding.");
            }
            return permitted;
        } catch (IOException e) {
            LOG.fine(() -> "Cannot read the licence flags of " + file + ": " + e.getMessage());
            return false;
        }
    }

    private static int tier(String family) {
        String name = family.toLowerCase(Locale.ROOT);
        if (name.startsWith("noto sans ") && !name.contains(" mono") && !name.endsWith(" ui")) {
            return 0;
        }
        if (name.startsWith("noto sans")) {
            return 1;
        }
        return name.startsWith("noto ") ? 2 : 3;
    }
}
