package org.ketaminetraining.web.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ketaminetraining.web.csv.SpreadsheetCsv;

class SpreadsheetCsvTest {

    @Test
    void plainCellsAreWrittenAsTheyAre() {
        assertThat(SpreadsheetCsv.field("Ward 7")).isEqualTo("Ward 7");
        assertThat(SpreadsheetCsv.field("")).isEqualTo("");
        assertThat(SpreadsheetCsv.field(null)).isEqualTo("");
        assertThat(SpreadsheetCsv.field("2026-11-27")).isEqualTo("2026-11-27");
    }

    @Test
    void commasQuotesAndLineBreaksAreQuotedAsRfc4180Says() {
        assertThat(SpreadsheetCsv.field("Doe, Jane")).isEqualTo("\"Doe, Jane\"");
        assertThat(SpreadsheetCsv.field("the \"big\" one")).isEqualTo("\"the \"\"big\"\" one\"");
        assertThat(SpreadsheetCsv.field("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(SpreadsheetCsv.field("cr\rhere")).isEqualTo("\"cr\rhere\"");
    }

    @Test
    void cellsThatASpreadsheetWouldRunAsAFormulaStartWithAnApostrophe() {
        assertThat(SpreadsheetCsv.field("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(SpreadsheetCsv.field("+1")).isEqualTo("'+1");
        assertThat(SpreadsheetCsv.field("-2+3")).isEqualTo("'-2+3");
        assertThat(SpreadsheetCsv.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SpreadsheetCsv.field("\tcmd")).isEqualTo("'\tcmd");
        assertThat(SpreadsheetCsv.field("\r=1")).isEqualTo("\"'\r=1\"");
        assertThat(SpreadsheetCsv.field("a=b")).isEqualTo("a=b");
    }

    @Test
    void theDocumentIsUtf8WithAByteOrderMarkAndCrlfAfterEveryRecord() {
        byte[] file = SpreadsheetCsv.document(List.of("Name", "Status"),
                List.of(List.of("Zoë Smith", "Valid"), List.of("=cmd", "a,b")));
        assertThat(Arrays.copyOf(file, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(file, 3, file.length - 3, StandardCharsets.UTF_8);
        assertThat(text).isEqualTo("Name,Status\r\nZoë Smith,Valid\r\n'=cmd,\"a,b\"\r\n");
    }
}
