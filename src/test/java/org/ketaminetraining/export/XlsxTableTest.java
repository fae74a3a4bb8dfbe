package org.ketaminetraining.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

class XlsxTableTest {

    @Test
    void writesTheHeaderAndRowsAsTextWithFormulasNeutralised() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxTable.write(out, "Completion", List.of("name", "code"), List.of(20.0, 10.0),
                List.of(List.of("=HYPERLINK(\"http://x\")", "-1"), List.of("Анна Петрова", "")));

        List<Row> rows = read(out.toByteArray());
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).getCellText(0)).isEqualTo("name");
        assertThat(rows.get(1).getCell(0).getType()).isEqualTo(CellType.STRING);
        assertThat(rows.get(1).getCellText(0)).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(rows.get(1).getCellText(1)).isEqualTo("'-1");
        assertThat(rows.get(2).getCellText(0)).isEqualTo("Анна Петрова");
    }

    @Test
    void manyRowsAreFlushedAsTheyGoAndAllReadBack() throws Exception {
        List<List<String>> many = IntStream.range(0, XlsxTable.FLUSH_EVERY * 3 + 7)
                .mapToObj(i -> List.of("person " + i, String.valueOf(i))).toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxTable.write(out, "A sheet name longer than Excel's thirty-one characters", List.of("name", "n"),
                List.of(20.0, 5.0), many);

        List<Row> rows = read(out.toByteArray());
        assertThat(rows).hasSize(many.size() + 1);
        assertThat(rows.get(many.size()).getCellText(0)).isEqualTo("person " + (many.size() - 1));
    }

    private static List<Row> read(byte[] file) throws Exception {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file))) {
            List<Row> rows = new ArrayList<>();
            workbook.getFirstSheet().openStream().forEach(rows::add);
            return rows;
        }
    }
}
