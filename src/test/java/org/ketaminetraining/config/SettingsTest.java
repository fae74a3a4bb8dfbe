package org.ketaminetraining.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reading and checking the settings, from a map standing in for MicroProfile Config's sources. */
class SettingsTest {

    private static final Path SERVER_DIR = Path.of("/srv/kt/target/liberty/wlp/usr/servers/ketamineServer");

    private static Settings read(Map<String, String> values) {
        // As MicroProfile Config: an empty value counts as unset.
        return Settings.read(name -> Optional.ofNullable(values.get(name)).filter(v -> !v.isEmpty()), SERVER_DIR);
    }

    private static Map<String, String> minimal() {
        Map<String, String> values = new HashMap<>();
        values.put("KT_DATA_DIR", "/var/lib/kt");
        return values;
    }

    @Test
    void unsetSettingsTakeTheDefaults() {
        Settings settings = read(minimal());
        assertThat(settings.dataDirectory()).isEqualTo(Path.of("/var/lib/kt"));
        assertThat(settings.database()).isEqualTo("derby");
        assertThat(settings.demoMode()).isFalse();
        assertThat(settings.demoPassword()).isEmpty();
        assertThat(settings.zone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(settings.publicUrl()).isEqualTo(URI.create("http://localhost:9080"));
        assertThat(settings.fontDirectories()).containsExactly(Path.of("/usr/share/fonts"));
        assertThat(settings.allowedOrigins()).isEmpty();
        assertThat(settings.defaultDepartment()).isEmpty();
        // Six levels above the server folder: the checkout that built it.
        assertThat(settings.questionsDirectory()).isEqualTo(Path.of("/srv/kt/questions"));
    }

    @Test
    void givenSettingsAreReadAndTidied() {
        Map<String, String> values = minimal();
        values.put("KT_DB", " PostgreSQL ");
        values.put("KT_DEMO", "TRUE");
        values.put("KT_DEMO_PASSWORD", "shared secret");
        values.put("KT_TIME_ZONE", "Europe/London");
        values.put("KT_PUBLIC_URL", "https://training.example.org//");
        values.put("KT_FONT_DIRS", "/opt/fonts: /usr/local/share/fonts :");
        values.put("KT_DEFAULT_DEPARTMENT", " Ward-7 ");
        values.put("KT_QUESTIONS_DIR", "/srv/bank/./questions");
        Settings settings = read(values);
        assertThat(settings.database()).isEqualTo("postgresql");
        assertThat(settings.demoMode()).isTrue();
        assertThat(settings.demoPassword()).isEqualTo("shared secret");
        assertThat(settings.zone()).isEqualTo(ZoneId.of("Europe/London"));
        assertThat(settings.publicUrl()).isEqualTo(URI.create("https://training.example.org"));
        assertThat(settings.fontDirectories()).containsExactly(Path.of("/opt/fonts"),
                Path.of("/usr/local/share/fonts"));
        assertThat(settings.defaultDepartment()).contains("ward-7");
        assertThat(settings.questionsDirectory()).isEqualTo(Path.of("/srv/bank/questions"));
    }

    @Test
    void everyWrongValueIsReportedAtOnceByItsVariable() {
        Map<String, String> values = new HashMap<>();
        values.put("KT_DB", "oracle");
        values.put("KT_DEMO", "yes");
        values.put("KT_TIME_ZONE", "Mars/Olympus_Mons");
        values.put("KT_PUBLIC_URL", "training.example.org");
        assertThatThrownBy(() -> read(values)).isInstanceOfSatisfying(InvalidSettingsException.class, e -> {
            assertThat(e.problems()).hasSize(5);
            assertThat(e.problems()).anySatisfy(p -> assertThat(p).startsWith("KT_DATA_DIR is not set"));
            assertThat(e.problems()).anySatisfy(p -> assertThat(p).startsWith("KT_DB must be derby or postgresql"));
            assertThat(e.problems()).anySatisfy(p -> assertThat(p).startsWith("KT_DEMO must be true or false"));
            assertThat(e.problems()).anySatisfy(p -> assertThat(p).startsWith("KT_TIME_ZONE must be a time zone"));
            assertThat(e.problems()).anySatisfy(p -> assertThat(p).startsWith("KT_PUBLIC_URL must be an absolute"));
            assertThat(e.getMessage()).contains("KT_DB must be derby or postgresql, was 'oracle'");
        });
    }

    @Test
    void aValueOverTheBoundIsRefusedBeforeItIsParsed() {
        Map<String, String> values = minimal();
        values.put("KT_TIME_ZONE", "A".repeat(Settings.MAX_LENGTH + 1));
        assertThatThrownBy(() -> read(values)).isInstanceOfSatisfying(InvalidSettingsException.class,
                e -> assertThat(e.problems()).isEqualTo(List.of("KT_TIME_ZONE is longer than "
                        + Settings.MAX_LENGTH + " characters")));
    }

    @Test
    void withoutAnSmtpHostMailWaitsInTheOutboxAndWithOneItsSenderIsRequired() {
        assertThat(read(minimal()).smtp()).isEmpty();
        Map<String, String> values = minimal();
        values.put("KT_SMTP_HOST", "smtp.hospital.example");
        values.put("KT_SMTP_PORT", "587");
        values.put("KT_SMTP_TLS", "true");
        values.put("KT_SMTP_FROM", "training@hospital.example");
        assertThat(read(values).smtp()).contains(new Settings.Smtp("smtp.hospital.example", 587, Optional.empty(),
                "training@hospital.example", true));

        values.remove("KT_SMTP_FROM");
        values.put("KT_SMTP_PORT", "70000");
        assertThatThrownBy(() -> read(values)).isInstanceOf(InvalidSettingsException.class)
                .hasMessageContaining("KT_SMTP_PORT must be a port number from 1 to 65535, was '70000'")
                .hasMessageContaining("KT_SMTP_FROM must be set when KT_SMTP_HOST is");
        values.put("KT_SMTP_PORT", "25");
        values.put("KT_SMTP_FROM", "Training <training@hospital.example>\r\nBcc: x@y");
        assertThatThrownBy(() -> read(values)).hasMessageContaining("KT_SMTP_FROM must be a mail address");
    }

    @Test
    void itemAnalysisGateAndSimulatedLearnersHaveDefaultsAndBounds() {
        assertThat(read(minimal()).itemMinimumResponses()).isEqualTo(20);
        assertThat(read(minimal()).demoSimulatedLearners()).isEqualTo(200);
        Map<String, String> values = minimal();
        values.put("KT_ITEM_MINIMUM_RESPONSES", "5");
        values.put("KT_DEMO_SIMULATED_LEARNERS", "0");
        assertThat(read(values).itemMinimumResponses()).isEqualTo(5);
        assertThat(read(values).demoSimulatedLearners()).isZero();

        values.put("KT_ITEM_MINIMUM_RESPONSES", "0");
        values.put("KT_DEMO_SIMULATED_LEARNERS", "99999999999999999999");
        assertThatThrownBy(() -> read(values)).isInstanceOf(InvalidSettingsException.class)
                .hasMessageContaining("KT_ITEM_MINIMUM_RESPONSES must be a whole number from 1 to 10000, was '0'")
                .hasMessageContaining("KT_DEMO_SIMULATED_LEARNERS must be a whole number from 0 to 2000");
        values.put("KT_ITEM_MINIMUM_RESPONSES", "twenty");
        values.put("KT_DEMO_SIMULATED_LEARNERS", "10");
        assertThatThrownBy(() -> read(values)).hasMessageContaining("KT_ITEM_MINIMUM_RESPONSES must be a whole number");
    }
}
