package org.ketaminetraining.bank.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImportedIdsTest {

    @Test
    void keepsValidIdsAndSlugsTheRest() {
        ImportedIds ids = new ImportedIds();
        assertThat(ids.idFor("pk-001")).isEqualTo("pk-001");
        assertThat(ids.idFor("Oral Bioavailability (Ketamine)")).isEqualTo("oral-bioavailability-ketamine");
        assertThat(ids.idFor("Café – dosis")).isEqualTo("cafe-dosis");
        assertThat(ids.idFor("")).isEqualTo("imported-1");
        assertThat(ids.idFor("???")).isEqualTo("imported-2");
    }

    @Test
    void makesIdsUniqueWithinOneImport() {
        ImportedIds ids = new ImportedIds();
        assertThat(ids.idFor("Dose")).isEqualTo("dose");
        assertThat(ids.idFor("dose")).isEqualTo("dose-2");
        assertThat(ids.idFor("DOSE")).isEqualTo("dose-3");
    }
}
