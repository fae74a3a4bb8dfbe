package org.ketaminetraining.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The insight pages and their CSV files over real HTTP, as an educator, an administrator and a trainee reach them,
 * on the simulated learners demo mode seeds.
 */
class InsightPagesIT {

    private static final String PROGRAMME = "programme=ketamine-clinical-safety";

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    /** The rows of the item table's body. */
    private static long rows(String page) {
        String body = page.substring(page.indexOf("<tbody"), page.indexOf("</tbody>"));
        return body.split("<tr", -1).length - 1;
    }

    @Test
    void anEducatorSeesTheItemTableItsFlagsAndOneItemsPage() throws Exception {
        WebSession educator = WebSession.signIn(URI.create(Browser.baseUrl()), "educator", Browser.demoPassword());

        HttpResponse<byte[]> table = educator.get("insight/items?" + PROGRAMME + "&sort=discrimination");
        assertThat(table.statusCode()).isEqualTo(200);
        assertThat(text(table)).contains("Items that need checking", "id=\"insight-table\"", "mech-001",
                "Cronbach", "Needs checking", "aria-sort=\"ascending\"");

        HttpResponse<byte[]> flagged = educator.get("insight/items?" + PROGRAMME + "&flagged=1");
        assertThat(text(flagged)).contains("confidently wrong");
        assertThat(rows(text(flagged))).as("only the flagged items").isPositive().isLessThan(rows(text(table)) / 2);

        HttpResponse<byte[]> item = educator.get("insight/item?" + PROGRAMME + "&item=mech-001");
        assertThat(item.statusCode()).isEqualTo(200);
        assertThat(text(item)).contains("How often each answer was chosen", "<svg", "role=\"img\"",
                "Accuracy month by month", "id=\"item-options\"");

        HttpResponse<byte[]> calibration = educator.get("insight/calibration?" + PROGRAMME);
        assertThat(text(calibration)).contains("RMSE (bins)", "FSRS-6 defaults", "calibration-bins");

        HttpResponse<byte[]> scheduling = educator.get("admin/scheduling?" + PROGRAMME);
        assertThat(text(scheduling)).contains("Weights in use").doesNotContain("id=\"scheduling-fit\"");
    }

    @Test
    void everyTableDownloadsAsCsv() throws Exception {
        WebSession admin = WebSession.signIn(URI.create(Browser.baseUrl()), "admin", Browser.demoPassword());

        HttpResponse<byte[]> items = admin.get("insight/items.csv?" + PROGRAMME);
        assertThat(items.statusCode()).isEqualTo(200);
        assertThat(items.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        // The file starts with a byte order mark, so that spreadsheet programs read it as UTF-8.
        assertThat(text(items)).startsWith("\uFEFF");
        List<String> lines = text(items).substring(1).lines().toList();
        assertThat(lines.get(0)).startsWith("item,module,safety_critical,responses,facility");
        assertThat(lines).as("a header and a row per item of the programme")
                .hasSize(1 + BankFiles.programmeItems(Path.of("questions"), "ketamine-clinical-safety"));

        assertThat(text(admin.get("insight/item.csv?" + PROGRAMME + "&item=mech-001")).lines())
                .anyMatch(line -> line.startsWith("answers,A,")).anyMatch(line -> line.startsWith("months,"));
        assertThat(text(admin.get("insight/calibration.csv?" + PROGRAMME)).substring(1).lines().findFirst().orElse(""))
                .isEqualTo("version,label,bin_from,bin_to,reviews,mean_predicted,observed");
        assertThat(text(admin.get("admin/scheduling.csv?" + PROGRAMME)).substring(1).lines().findFirst().orElse(""))
                .startsWith("version,state,created_at");
        assertThat(admin.get("insight/items.csv").statusCode()).isEqualTo(400);
        assertThat(text(admin.get("admin/scheduling?" + PROGRAMME))).contains("id=\"scheduling-fit\"");
    }

    @Test
    void aTraineeReachesNoneOfThem() throws Exception {
        WebSession trainee = WebSession.signIn(URI.create(Browser.baseUrl()), "trainee", Browser.demoPassword());
        for (String path : List.of("insight/items", "insight/calibration", "admin/scheduling",
                "insight/item?" + PROGRAMME + "&item=mech-001")) {
            HttpResponse<byte[]> page = trainee.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(403);
        }
        assertThat(trainee.get("insight/items.csv?" + PROGRAMME).statusCode()).isEqualTo(403);
    }
}
