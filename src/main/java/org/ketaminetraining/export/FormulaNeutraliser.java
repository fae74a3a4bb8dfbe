package org.ketaminetraining.export;

/**
 * Defuses text that a spreadsheet would take as a formula (CSV or formula injection, OWASP): a cell that begins
 * with {@code =}, {@code +}, {@code -} or {@code @}, or with a tab or carriage return (which some programs skip
 * before reading the rest as a formula), gets a leading apostrophe, which spreadsheets show as text and do not
 * evaluate. Such a cell could otherwise run a command or send the sheet's data elsewhere when someone opens the
 * file. Every cell of the CSV and XLSX exports goes through here, so both files neutralise the same cells.
 *
 * <p>The price: a name or value that really begins with one of these (a negative number, "-" for none) shows
 * with an apostrophe in front in the CSV, and with the apostrophe in the XLSX cell. The exports write numbers
 * that could be negative nowhere, so nothing legitimate is changed today.
 */
public final class FormulaNeutraliser {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private FormulaNeutraliser() {
    }

    /** The cell's text as it is safe to put in a spreadsheet; null becomes the empty cell. */
    public static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        return FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }
}
