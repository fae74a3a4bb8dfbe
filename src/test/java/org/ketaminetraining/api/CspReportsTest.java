package org.ketaminetraining.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CspReportsTest {

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aReportUriBodyGivesOneLine() throws Exception {
        assertThat(CspReports.summaries(utf8("""
                {"csp-report": {"document-uri": "http://localhost/study", "referrer": "",
                 "violated-directive": "script-src-elem", "effective-directive": "script-src-elem",
                 "original-policy": "default-src 'none'", "blocked-uri": "inline", "line-number": 12,
                 "source-file": "http://localhost/study", "status-code": 200}}""")))
                .containsExactly("directive 'script-src-elem', blocked 'inline', page 'http://localhost/study',"
                        + " source 'http://localhost/study', line '12'");
    }

    @Test
    void aReportingApiBodyGivesALinePerReport() throws Exception {
        assertThat(CspReports.summaries(
                utf8("""
                        [{"type": "csp-violation", "url": "http://localhost/a", "age": 3, "body":
                          {"documentURL": "http://localhost/a", "effectiveDirective": "img-src", "blockedURL": "http://evil/x"}},
                         {"type": "csp-violation", "url": "http://localhost/b", "body":
                          {"documentURL": "http://localhost/b", "effectiveDirective": "script-src-attr", "blockedURL": "inline"}}
                        ]""")))
                .containsExactly("directive 'img-src', blocked 'http://evil/x', page 'http://localhost/a'",
                        "directive 'script-src-attr', blocked 'inline', page 'http://localhost/b'");
    }

    @Test
    void valuesCannotForgeLogLinesOrRunOn() throws Exception {
        String line = CspReports.summaries(utf8("{\"csp-report\": {\"blocked-uri\": \"x\\n[ERROR] forged\\u202e'"
                + "y".repeat(500) + "\"}}")).get(0);
        assertThat(line).doesNotContain("\n", "\u202e").startsWith("blocked 'x?[ERROR] forged??yyy")
                .hasSizeLessThan(CspReports.MAX_VALUE + 30);
    }

    @Test
    void deepNestingIsRefusedWithoutRecursion() {
        assertThatThrownBy(() -> CspReports.summaries(utf8("[".repeat(8_000))))
                .isInstanceOf(CspReports.Malformed.class).hasMessageContaining("nested at most 6 levels");
    }

    @Test
    void notJsonOrNoViolationIsRefused() {
        assertThatThrownBy(() -> CspReports.summaries(utf8("<script>alert(1)</script>")))
                .isInstanceOf(CspReports.Malformed.class).hasMessageNotContaining("script");
        assertThatThrownBy(() -> CspReports.summaries(utf8("{\"csp-report\": {}}")))
                .isInstanceOf(CspReports.Malformed.class).hasMessageContaining("names no");
        assertThatThrownBy(() -> CspReports.summaries(new byte[]{'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1',
            '}'})).isInstanceOf(CspReports.Malformed.class);
        assertThatThrownBy(() -> CspReports.summaries(utf8("{\"csp-report\": {\"blocked-uri\": \"x\"}} trailing")))
                .isInstanceOf(CspReports.Malformed.class);
    }
}
