package org.ketaminetraining.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The HR API and the report's XLSX and PDF downloads over real HTTP against the running test server (demo mode):
 * tokens are created and revoked on the administrators' page as a browser would, and the API is called with them.
 * A token reads its departments only, and a department outside them is answered exactly as one that does not
 * exist; a wrong or revoked token gets 401; pages link to each other; a token over its budget gets 429; /openapi
 * lists the routes. The demo ward's trainee is in two programmes, so its completion has two rows.
 */
class HrApiIT {

    private static final Pattern SECRET =
            Pattern.compile("<code id=\"token-secret\"[^>]*>(kt_[A-Za-z0-9_-]{43})</code>");
    private static final String WARD = "demo-ward";

    private static WebSession admin;
    private static String other;
    private static String wardToken;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void tokens() throws Exception {
        awaitReady();
        admin = WebSession.signIn(URI.create(Browser.baseUrl()), "admin", Browser.demoPassword());
        other = Callers.uniqueName("hr-other").replace(' ', '-');
        HttpResponse<String> added = admin.submit("admin/departments", "form", Map.of("code", other, "p::name",
                "Other ward " + other));
        assertThat(added.body()).as("the new department").contains("The department is added.");
        wardToken = createToken("HR IT ward", WARD);
    }

    /**
     * Run alone, this class may start before the app has (the build waits for the server, not the app): the
     * start-up sequence reports ready on /health/ready once it finished.
     */
    private static void awaitReady() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(180);
        while (true) {
            try {
                HttpResponse<String> ready = client.send(HttpRequest.newBuilder(URI.create(Browser.baseUrl()
                        + "health/ready")).build(), HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200 && ready.body().contains("\"status\":\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // the server is not listening yet
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the app did not become ready within 180 s");
            }
            Thread.sleep(1000);
        }
    }

    private static String createToken(String name, String department) throws IOException, InterruptedException {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("p::name", name + " " + System.nanoTime()); // Wicket renames a field called "name"
        fields.put("departments", department);
        fields.put("expiresOn", "");
        HttpResponse<String> created = admin.submit("admin/api-tokens", "form", fields);
        Matcher secret = SECRET.matcher(created.body());
        assertThat(secret.find()).as("a secret shown in %s", created.body()).isTrue();
        return secret.group(1);
    }

    private HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(Browser.baseUrl() + path.replaceFirst("^/", "")));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aTokenReadsItsDepartmentsCompletionAndPagesLinkOn() throws Exception {
        // Other tests add trainees to the demo ward, so the total is read, not assumed (at least the demo trainee in
        // two programmes).
        HttpResponse<String> first = get("api/v1/departments/" + WARD + "/completion?size=1", wardToken);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(first.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(first.headers().firstValue("Cache-Control")).hasValue("no-store");
        Matcher paging = Pattern.compile("\"page\":1,\"size\":1,\"total\":(\\d+),\"pages\":(\\d+)")
                .matcher(first.body());
        assertThat(paging.find()).as(first.body()).isTrue();
        int total = Integer.parseInt(paging.group(1));
        assertThat(total).isGreaterThanOrEqualTo(2).isEqualTo(Integer.parseInt(paging.group(2)));
        assertThat(first.body()).contains("\"departments\":[\"", "\"dueState\":\"",
                "\"next\":\"/api/v1/departments/" + WARD + "/completion?page=2&size=1\"")
                .doesNotContain("\"previous\"", "answer", "score");

        HttpResponse<String> last = get("api/v1/departments/" + WARD + "/completion?page=" + total + "&size=1",
                wardToken);
        assertThat(last.body()).contains("\"page\":" + total, "\"previous\":\"/api/v1/departments/" + WARD
                + "/completion?page=" + (total - 1) + "&size=1\"").doesNotContain("\"next\"");
        assertThat(get("api/v1/departments/" + WARD + "/completion?size=200", wardToken).body())
                .contains("\"username\":\"trainee\"");
    }

    @Test
    void pagingOutOfBoundsIsRefusedNamingTheParameter() throws Exception {
        for (String query : List.of("size=0", "size=201", "page=0", "page=abc", "size=" + "9".repeat(50))) {
            HttpResponse<String> refused = get("api/v1/departments/" + WARD + "/completion?" + query, wardToken);
            assertProblem(refused, 400);
            assertThat(refused.body()).as(query).contains(query.startsWith("size") ? "'size'" : "'page'");
        }
    }

    @Test
    void anotherDepartmentIsAnsweredAsOneThatDoesNotExist() throws Exception {
        HttpResponse<String> outside = get("api/v1/departments/" + other + "/completion", wardToken);
        HttpResponse<String> missing = get("api/v1/departments/no-such-" + other + "/completion", wardToken);
        assertProblem(outside, 404);
        assertProblem(missing, 404);
        assertThat(outside.body().replace(other, "X")).isEqualTo(missing.body().replace("no-such-" + other, "X"));
        for (String route : List.of("certificates", "assignments")) {
            assertThat(get("api/v1/departments/" + other + "/" + route, wardToken).statusCode()).as(route)
                    .isEqualTo(404);
        }
        // A token for the other department cannot read the ward.
        String otherToken = createToken("HR IT other", other);
        assertThat(get("api/v1/departments/" + WARD + "/completion", otherToken).statusCode()).isEqualTo(404);
        assertThat(get("api/v1/people/trainee/completion", otherToken).statusCode()).isEqualTo(404);
        assertThat(get("api/v1/departments/" + other + "/completion", otherToken).statusCode()).isEqualTo(200);
    }

    @Test
    void aPersonsCompletionAndTheDepartmentsCertificates() throws Exception {
        HttpResponse<String> person = get("api/v1/people/trainee/completion", wardToken);
        assertThat(person.statusCode()).as(person.body()).isEqualTo(200);
        assertThat(person.body()).contains("\"username\":\"trainee\"", "\"programmeId\":\"");
        assertProblem(get("api/v1/people/admin/completion", wardToken), 404);
        assertProblem(get("api/v1/people/nobody-" + other + "/completion", wardToken), 404);

        HttpResponse<String> certificates = get("api/v1/departments/" + WARD + "/certificates", wardToken);
        assertThat(certificates.statusCode()).as(certificates.body()).isEqualTo(200);
        assertThat(certificates.body()).contains("\"items\":[", "\"paging\":{");

        HttpResponse<String> assignments = get("api/v1/departments/" + WARD + "/assignments", wardToken);
        assertThat(assignments.statusCode()).as(assignments.body()).isEqualTo(200);
        assertThat(assignments.body()).contains("\"items\":[", "\"paging\":{");
    }

    @Test
    void aMissingWrongOrRevokedTokenIs401() throws Exception {
        assertUnauthorized(get("api/v1/departments/" + WARD + "/completion", null));
        assertUnauthorized(get("api/v1/departments/" + WARD + "/completion", "kt_" + "x".repeat(43)));
        assertUnauthorized(get("api/v1/departments/" + WARD + "/completion", "not-a-token"));

        String name = "HR IT revoked " + System.nanoTime();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("p::name", name);
        fields.put("departments", WARD);
        fields.put("expiresOn", "");
        Matcher secret = SECRET.matcher(admin.submit("admin/api-tokens", "form", fields).body());
        assertThat(secret.find()).isTrue();
        String token = secret.group(1);
        assertThat(get("api/v1/departments/" + WARD + "/completion", token).statusCode()).isEqualTo(200);

        String page = new String(admin.get("admin/api-tokens").body(), java.nio.charset.StandardCharsets.UTF_8);
        Matcher revoke = Pattern.compile(Pattern.quote(name) + "</th>.*?<form[^>]*action=\"([^\"]*-revoke)\"",
                Pattern.DOTALL).matcher(page);
        assertThat(revoke.find()).as("a revoke button for %s", name).isTrue();
        HttpResponse<String> revoked = admin.post(URI.create(Browser.baseUrl() + "admin/")
                .resolve(revoke.group(1).replace("&amp;", "&")), Map.of());
        assertThat(revoked.statusCode()).isEqualTo(200);
        assertThat(revoked.body()).contains("The token is revoked");

        assertUnauthorized(get("api/v1/departments/" + WARD + "/completion", token));
    }

    @Test
    void aTokenOverItsBudgetGets429WithRetryAfter() throws Exception {
        String token = createToken("HR IT busy", other);
        HttpResponse<String> last = null;
        for (int i = 0; i < 45; i++) {
            last = get("api/v1/departments/no-such-" + other + "/completion", token);
            if (last.statusCode() == 429) {
                break;
            }
            assertThat(last.statusCode()).as("request %d", i + 1).isEqualTo(404);
        }
        assertProblem(last, 429);
        assertThat(last.headers().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Integer.parseInt(seconds)).isBetween(1, 2));
        // Another token has its own budget.
        assertThat(get("api/v1/departments/" + WARD + "/completion?size=1", wardToken).statusCode()).isEqualTo(200);
    }

    @Test
    void openApiListsTheRoutesWithTheBearerScheme() throws Exception {
        HttpResponse<String> document = get("openapi", null);
        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(document.body()).contains("/api/v1/departments/{code}/completion",
                "/api/v1/departments/{code}/certificates", "/api/v1/departments/{code}/assignments",
                "/api/v1/people/{username}/completion", "/api/v1/certificates/{code}", "bearerToken",
                "scheme: bearer", "application/problem+json");
        HttpResponse<String> ui = get("openapi/ui/", null);
        assertThat(ui.statusCode()).isIn(200, 302);
    }

    @Test
    void aManagerDownloadsTheReportAsXlsxAndPdfAndATraineeIsRefused() throws Exception {
        // A name a spreadsheet would take for a formula: '@' is punctuation, which names may hold.
        String risky = "@" + Callers.uniqueName("Risky");
        Map<String, String> person = new LinkedHashMap<>();
        person.put("username", "hr" + System.nanoTime());
        person.put("displayName", risky);
        person.put("email", "");
        person.put("roles", "TRAINEE");
        person.put("departments", WARD);
        HttpResponse<String> added = admin.submit("admin/users/edit", "form", person);
        assertThat(added.body()).as("the new trainee").contains("shown only now");
        WebSession manager = WebSession.signIn(URI.create(Browser.baseUrl()), "manager", Browser.demoPassword());
        HttpResponse<byte[]> xlsx = manager.get("reports/completion.xlsx?dept=" + WARD);
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        List<List<String>> rows = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            workbook.getFirstSheet().openStream().forEach(row -> rows.add(cells(row)));
        }
        assertThat(rows.get(0)).startsWith("name", "username", "departments").endsWith("due_on", "due_state",
                "last_activity");
        assertThat(rows).anySatisfy(row -> assertThat(row.get(1)).isEqualTo("trainee"));
        assertThat(rows).anySatisfy(row -> assertThat(row.get(0)).isEqualTo("'" + risky));

        HttpResponse<byte[]> pdf = manager.get("reports/completion.pdf?dept=" + WARD);
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            // A cell wraps its words onto several lines in the narrow columns: compare words, not line breaks.
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Completion report", "trainee", "Page 1 of", risky);
        }

        WebSession trainee = WebSession.signIn(URI.create(Browser.baseUrl()), "trainee", Browser.demoPassword());
        for (String file : List.of("reports/completion.xlsx", "reports/completion.pdf")) {
            assertThat(trainee.get(file).statusCode()).as(file).isEqualTo(403);
        }
    }

    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < row.getCellCount(); i++) {
            cells.add(row.getCellText(i));
        }
        return cells;
    }

    private static void assertUnauthorized(HttpResponse<String> refused) {
        assertProblem(refused, 401);
        assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"ketamine-training\"");
        assertThat(refused.body()).contains("missing, unknown, revoked or past its last day");
    }

    private static void assertProblem(HttpResponse<String> answer, int status) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(answer.body()).contains("\"status\":" + status);
    }
}
