package org.ketaminetraining.certification.document;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;

/**
 * What a font file's licence flags say about putting its glyphs into a document: the {@code fsType} field of the
 * OpenType OS/2 table, which the font's maker sets for exactly this question.
 *
 * <p>A certificate carries the outlines of the glyphs it prints, which is embedding in the sense of those flags.
 * Fonts marked "restricted licence" (no embedding at all) or "bitmap embedding only" (no outlines) are therefore
 * never used; every other setting (installable, editable, preview and print) allows what a certificate does. The
 * fonts the project names (Noto, under the SIL Open Font License, and Symbola, free for any use) are all
 * installable.
 *
 * <p>Why our own reader of two fields rather than FontBox, which parses whole fonts: opening the 295 files of
 * Debian's DejaVu, Noto and Symbola packages with FontBox took 19 s on the project's 2-core machine (it reads every
 * table of the 20 MB CJK collections); reading the table directory and one 16-bit field takes milliseconds.
 */
final class FontLicence {

    private static final int TTC_TAG = 0x74746366; // "ttcf"
    private static final int OS2_TAG = 0x4F532F32; // "OS/2"
    private static final int RESTRICTED = 0x0002;
    private static final int USAGE_BITS = 0x000F;
    private static final int BITMAP_ONLY = 0x0200;
    /** More tables than any real font has (about 20 to 40): a larger count means the file is not a font. */
    private static final int MAX_TABLES = 1_000;

    private FontLicence() {
    }

    /**
     * Whether face number {@code faceIndex} of the file (0 unless the file is a collection) may have its outlines
     * put into a document. A font without an OS/2 table makes no restriction.
     *
     * @throws IOException if the file cannot be read or is not an OpenType or TrueType font (collection)
     */
    static boolean permitsOutlineEmbedding(Path file, int faceIndex) throws IOException {
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long face = 0;
            if (in.readInt() == TTC_TAG) {
                in.readInt(); // version
                long faces = Integer.toUnsignedLong(in.readInt());
                if (faceIndex < 0 || faceIndex >= faces) {
                    throw new IOException(file + " has no face " + faceIndex);
                }
                in.seek(12 + 4L * faceIndex);
                face = Integer.toUnsignedLong(in.readInt());
            }
            in.seek(face + 4);
            int tables = in.readUnsignedShort();
            if (tables > MAX_TABLES) {
                throw new IOException(file + " claims " + tables + " tables, not a font");
            }
            for (int i = 0; i < tables; i++) {
                in.seek(face + 12 + 16L * i);
                int tag = in.readInt();
                in.readInt(); // checksum
                long offset = Integer.toUnsignedLong(in.readInt());
                if (tag == OS2_TAG) {
                    in.seek(offset + 8);
                    int fsType = in.readUnsignedShort();
                    return (fsType & USAGE_BITS) != RESTRICTED && (fsType & BITMAP_ONLY) == 0;
                }
            }
            return true;
        }
    }
}
