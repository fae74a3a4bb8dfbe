package org.ketaminetraining.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfTableTest {

    private static final List<String> HEADER = List.of("name", "department", "status");
    private static final float[] SHARES = {3, 2, 2};

    @Test
    void printsTitleNotesHeaderAndRowsInAnyEuropeanScript() throws Exception {
        byte[] pdf = pdf(List.of("Department: Emergency", "As of 7 December 2026"),
                List.of(List.of("Łukasiewicz-Nguyễn", "Emergency", "Certified"),
                        List.of("Анна Петрова", "Emergency", "Not started"), List.of("山田", "ICU", "")));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(document.getPage(0).getMediaBox().getWidth())
                    .isGreaterThan(document.getPage(0).getMediaBox().getHeight());
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Completion report", "Department: Emergency", "As of 7 December 2026",
                    "Łukasiewicz-Nguyễn", "Анна Петрова", "Not started", "Page 1 of 1", "??");
        }
    }

    @Test
    void aLongTableRepeatsItsHeaderOnEveryPageAndNumbersThePages() throws Exception {
        List<List<String>> rows = IntStream.range(0, 200)
                .mapToObj(i -> List.of("Person " + i, "Ward", "In progress")).toList();
        byte[] pdf = pdf(List.of(), rows);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThan(2);
            for (int page = 1; page <= pages; page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(document);
                assertThat(text).contains("department", "Page " + page + " of " + pages);
            }
            assertThat(new PDFTextStripper().getText(document)).contains("Person 0", "Person 199");
        }
    }

    @Test
    void aLongCellWrapsWithinItsColumn() throws Exception {
        String longName = "Maximiliane ".repeat(12).strip();
        byte[] pdf = pdf(List.of(), List.of(List.of(longName, "Ward", "Certified")));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text.lines().filter(line -> line.contains("Maximiliane")).count()).isGreaterThan(1);
        }
    }

    private static byte[] pdf(List<String> notes, List<List<String>> rows) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfTable.write(out, "Completion report", notes, HEADER, SHARES, rows);
        return out.toByteArray();
    }
}
