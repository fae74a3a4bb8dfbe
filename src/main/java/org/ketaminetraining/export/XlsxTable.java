package org.ketaminetraining.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * One sheet with a bold header row and text cells, streamed to the output as it is written (fastexcel): rows are
 * flushed to the stream every {@value #FLUSH_EVERY} rows, and every cell is an inline string, so neither the file
 * nor a table of its strings is held in memory. Cells are written as text, never as formulas, and neutralised
 * besides ({@link FormulaNeutraliser}) for programs that convert text cells that look like formulas.
 */
public final class XlsxTable {

    static final int FLUSH_EVERY = 500;
    /** Excel's limit on a sheet name. */
    private static final int MAX_SHEET_NAME = 31;
    /** Excel's limit on the text of one cell. */
    static final int MAX_CELL_TEXT = 32_767;

    private XlsxTable() {
    }

    /**
     * Writes the workbook to {@code out} (which is not closed).
     *
     * @param columnWidths widths in characters, one per header column
     */
    public static void write(OutputStream out, String sheetName, List<String> header, List<Double> columnWidths,
            Iterable<List<String>> rows) throws IOException {
        if (columnWidths.size() != header.size()) {
            throw new IllegalArgumentException("one width per column");
        }
        Workbook workbook = new Workbook(out, "Ketamine Training", "1.0");
        Worksheet sheet = workbook.newWorksheet(sheetName.length() > MAX_SHEET_NAME
                ? sheetName.substring(0, MAX_SHEET_NAME) : sheetName);
        for (int column = 0; column < header.size(); column++) {
            sheet.width(column, columnWidths.get(column));
            sheet.inlineString(0, column, text(header.get(column)));
        }
        sheet.range(0, 0, 0, header.size() - 1).style().bold().set();
        sheet.freezePane(0, 1);
        int rowNumber = 1;
        for (List<String> row : rows) {
            for (int column = 0; column < row.size(); column++) {
                String cell = text(row.get(column));
                if (!cell.isEmpty()) {
                    sheet.inlineString(rowNumber, column, cell);
                }
            }
            if (rowNumber % FLUSH_EVERY == 0) {
                sheet.flush();
            }
            rowNumber++;
        }
        workbook.finish();
    }

    private static String text(String cell) {
        String safe = FormulaNeutraliser.neutralise(cell);
        return safe.length() > MAX_CELL_TEXT ? safe.substring(0, MAX_CELL_TEXT) : safe;
    }
}
