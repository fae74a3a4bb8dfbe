package org.ketaminetraining.web.csv;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.ketaminetraining.export.FormulaNeutraliser;

/**
 * CSV as RFC 4180 describes it (comma-separated, CRLF after every record, a field quoted when it holds a comma,
 * a quotation mark or a line break, quotation marks doubled inside), encoded as UTF-8 with a byte order mark so
 * that spreadsheet programs read names with accents correctly.
 *
 * <p>Cells are written to be opened in a spreadsheet, where a cell that starts with {@code = + - @} (or a tab or
 * carriage return) is taken as a formula: such a cell could run a command or send data elsewhere when someone
 * opens the file (CSV injection). Those cells get a leading apostrophe, which spreadsheets show as text
 * ({@link FormulaNeutraliser}, which the XLSX export uses too).
 *
 * <p>Written by hand although Commons CSV is on the classpath (it reads the user import): the RFC 4180 part here is
 * the three lines of {@link #field}, and the formula defusing, the reason for the class, no CSV library does.
 * Commons CSV 1.14.1's printer in its minimal quote mode also quotes more than RFC 4180 asks (measured: an empty
 * first cell as {@code ""}, and cells with a leading or trailing space or starting with {@code !} or {@code #}),
 * which would change every exported file for nothing.
 */
public final class SpreadsheetCsv {

    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private SpreadsheetCsv() {
    }

    /** The whole file: the header, then each row, as UTF-8 bytes after a byte order mark. */
    public static byte[] document(List<String> header, List<List<String>> rows) {
        StringBuilder text = new StringBuilder();
        appendRecord(text, header);
        for (List<String> row : rows) {
            appendRecord(text, row);
        }
        byte[] body = text.toString().getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[BYTE_ORDER_MARK.length + body.length];
        System.arraycopy(BYTE_ORDER_MARK, 0, file, 0, BYTE_ORDER_MARK.length);
        System.arraycopy(body, 0, file, BYTE_ORDER_MARK.length, body.length);
        return file;
    }

    /** One record with its CRLF. */
    public static void appendRecord(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(cells.get(i)));
        }
        out.append("\r\n");
    }

    /** One field: defused if a spreadsheet would read it as a formula, then quoted if RFC 4180 requires it. */
    public static String field(String value) {
        String text = FormulaNeutraliser.neutralise(value);
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
