package org.ketaminetraining.certification.badge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ketaminetraining.certification.json.JsonReader;
import org.ketaminetraining.certification.json.JsonWriter;

class OpenBadgeCredentialTest {

    private static final Map<String, Object> CREDENTIAL = JsonReader.parseObject(Badges.credential());

    @Test
    void hasTheContextsInTheOrderTheSpecificationRequires() {
        assertThat(CREDENTIAL.get("@context")).isEqualTo(List.of("https://www.w3.org/ns/credentials/v2",
                "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"));
    }

    @Test
    void isAVerifiableOpenBadgeCredentialWithItsIdAndName() {
        assertThat(CREDENTIAL.get("id")).isEqualTo(Badges.CREDENTIAL.toString());
        assertThat(CREDENTIAL.get("type")).isEqualTo(List.of("VerifiableCredential", "OpenBadgeCredential"));
        assertThat(CREDENTIAL.get("name")).isEqualTo("Ketamine \"procedural sedation\" \\ analgesia");
    }

    @Test
    void theIssuerIsAProfileNamedAfterTheProvider() {
        assertThat(CREDENTIAL.get("issuer")).isEqualTo(Map.of("id", "https://ketamine-training.example/",
                "type", List.of("Profile"), "name", "Hôpital Saint-Éloi"));
    }

    @Test
    void isValidFromTheIssueDateUntilTheExpiryDateAtMidnightUtc() {
        assertThat(CREDENTIAL.get("validFrom")).isEqualTo("2025-03-01T00:00:00Z");
        assertThat(CREDENTIAL.get("validUntil")).isEqualTo("2027-03-01T00:00:00Z");
        assertThat(OpenBadgeCredential.dateTime(LocalDate.of(1969, 12, 31))).isEqualTo("1969-12-31T00:00:00Z");
        assertThat(OpenBadgeCredential.dateTime(LocalDate.of(9999, 12, 31))).isEqualTo("9999-12-31T00:00:00Z");
    }

    @Test
    void theBadgeKeepsTheMachineExpiryAndWritesNoDayInWordsThatCouldDisagreeWithTheCertificate() {
        // The certificate reads "Valid through 28 February 2027": validUntil is the first instant after that day.
        assertThat(CREDENTIAL.get("validUntil")).isEqualTo(OpenBadgeCredential.dateTime(
                org.ketaminetraining.certification.rules.CertificateDates.validThrough(LocalDate.of(2027, 3, 1))
                        .plusDays(1)));
        String json = Badges.credential();
        assertThat(json).doesNotContainPattern("(?i)(january|february|march|valid through|valid until )");
        assertThat(json.split("2027-", -1)).as("the one machine expiry").hasSize(2);
    }

    @Test
    void theSubjectIsIdentifiedByIdAndByTheHoldersNameInPlainText() {
        Map<String, Object> subject = map(CREDENTIAL, "credentialSubject");
        assertThat(subject.get("id")).isEqualTo(Badges.CREDENTIAL + "#recipient");
        assertThat(subject.get("type")).isEqualTo(List.of("AchievementSubject"));
        assertThat(subject.get("identifier")).isEqualTo(List.of(Map.of("type", "IdentityObject", "hashed", false,
                "identityHash", "Zoë O'Brien", "identityType", "name")));
        assertThat(subject).doesNotContainKey("name");
    }

    @Test
    void theAchievementSaysWhatWasCertifiedAndWhatPassingMeant() {
        Map<String, Object> achievement = map(map(CREDENTIAL, "credentialSubject"), "achievement");
        assertThat(achievement.get("id")).isEqualTo(Badges.ACHIEVEMENT.toString());
        assertThat(achievement.get("type")).isEqualTo(List.of("Achievement"));
        assertThat(achievement.get("achievementType")).isEqualTo("Certification");
        assertThat(achievement.get("name")).isEqualTo("Ketamine \"procedural sedation\" \\ analgesia");
        assertThat(achievement.get("description")).isEqualTo("Certifies that the holder completed the study "
                + "programme “Ketamine \"procedural sedation\" \\ analgesia” of Hôpital Saint-Éloi and passed its "
                + "final assessment.");
        assertThat(achievement.get("criteria")).isEqualTo(Map.of("narrative", "Complete the study programme "
                + "“Ketamine \"procedural sedation\" \\ analgesia” (curriculum version 2025.1), then pass its final "
                + "assessment: a score at or above the programme's pass mark and, where the programme requires it, "
                + "every safety-critical question answered correctly. The certification is time-limited; it is "
                + "renewed by passing a renewal assessment before it expires."));
        assertThat(achievement.get("humanCode")).isEqualTo("ketamine-sedation");
        assertThat(achievement.get("version")).isEqualTo("2025.1");
        assertThat(achievement.get("creditsAvailable")).isEqualTo(new BigDecimal("7.5"));
    }

    @Test
    void theScoreIsAResultThatPointsAtTheAchievementsDescriptionOfIt() {
        Map<String, Object> subject = map(CREDENTIAL, "credentialSubject");
        Map<String, Object> description = first(map(subject, "achievement"), "resultDescription");
        assertThat(description).isEqualTo(Map.of("id", Badges.ACHIEVEMENT + "#final-assessment-score",
                "type", List.of("ResultDescription"), "name", "Final assessment score", "resultType", "Percent",
                "valueMin", "0", "valueMax", "100"));
        assertThat(subject.get("result")).isEqualTo(List.of(Map.of("type", List.of("Result"),
                "resultDescription", description.get("id"), "value", "87.5")));
        assertThat(subject.get("creditsEarned")).isEqualTo(new BigDecimal("7.5"));
    }

    @Test
    void theEvidenceIsThePublicVerificationPage() {
        assertThat(CREDENTIAL.get("evidence")).isEqualTo(List.of(Map.of("id", Badges.VERIFY.toString(),
                "type", List.of("Evidence"), "name", "Public verification page",
                "description", "The issuer's public page for verification code K7Q2-9XMD-4HBT-0VWE-ZR3N: it shows "
                        + "whether this certificate is genuine and whether it is in force, expired or revoked.")));
    }

    @Test
    void membersComeInAFixedOrderAndTheTextIsTheSameEveryTime() {
        assertThat(CREDENTIAL.keySet()).containsExactly("@context", "id", "type", "issuer", "validFrom",
                "validUntil", "name", "credentialSubject", "evidence");
        assertThat(map(CREDENTIAL, "credentialSubject").keySet()).containsExactly("id", "type", "identifier",
                "achievement", "creditsEarned", "result");
        assertThat(map(map(CREDENTIAL, "credentialSubject"), "achievement").keySet()).containsExactly("id", "type",
                "achievementType", "name", "description", "criteria", "humanCode", "version", "creditsAvailable",
                "resultDescription");
        assertThat(Badges.credential()).isEqualTo(Badges.credential()).doesNotContain("\n");
        assertThat(JsonWriter.write(CREDENTIAL)).isEqualTo(Badges.credential());
    }

    @Test
    void withoutContactHoursThereAreNoCredits() {
        String json = OpenBadgeCredential.unsignedJson(Badges.payload("Zoë O'Brien", Optional.empty()),
                Badges.ISSUER, Badges.CREDENTIAL, Badges.ACHIEVEMENT, Badges.VERIFY);
        Map<String, Object> subject = map(JsonReader.parseObject(json), "credentialSubject");
        assertThat(subject).doesNotContainKey("creditsEarned");
        assertThat(map(subject, "achievement")).doesNotContainKey("creditsAvailable");
    }

    @Test
    void wholeHoursAreWrittenAsWholeNumbers() {
        String json = OpenBadgeCredential.unsignedJson(Badges.payload("A", Optional.of(new BigDecimal("40.00"))),
                Badges.ISSUER, Badges.CREDENTIAL, Badges.ACHIEVEMENT, Badges.VERIFY);
        assertThat(json).contains("\"creditsAvailable\":40,").contains("\"creditsEarned\":40,");
    }

    @Test
    void scoresAreExactPercentages() {
        assertThat(OpenBadgeCredential.percent(875)).isEqualTo("87.5");
        assertThat(OpenBadgeCredential.percent(1000)).isEqualTo("100");
        assertThat(OpenBadgeCredential.percent(0)).isEqualTo("0");
        assertThat(OpenBadgeCredential.percent(999)).isEqualTo("99.9");
        assertThat(OpenBadgeCredential.percent(10)).isEqualTo("1");
        assertThat(OpenBadgeCredential.percent(5)).isEqualTo("0.5");
    }

    @Test
    void unicodeNamesSurviveInNfc() {
        // "Zoë" typed with a combining diaeresis is stored precomposed; other scripts and astral characters stay.
        for (String[] name : new String[][]{
            {"Zoe\u0308 Ångström", "Zo\u00eb \u00c5ngstr\u00f6m"},
            {"王小明", "王小明"},
            {"محمد بن سلمان", "محمد بن سلمان"},
            {"𝒜lice \"Al\" O\\Neil 😀", "𝒜lice \"Al\" O\\Neil 😀"},
        }) {
            String json = OpenBadgeCredential.unsignedJson(Badges.payload(name[0], Optional.empty()), Badges.ISSUER,
                    Badges.CREDENTIAL, Badges.ACHIEVEMENT, Badges.VERIFY);
            String overUtf8 = new String(json.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
            Map<String, Object> identity = first(map(JsonReader.parseObject(overUtf8), "credentialSubject"),
                    "identifier");
            assertThat(identity.get("identityHash")).as(name[1]).isEqualTo(name[1]);
        }
    }

    @Test
    void refusesAddressesThatCannotServeAsIds() {
        URI relative = URI.create("/badges/1");
        URI withFragment = URI.create("https://ketamine-training.example/badges/1#x");
        URI mail = URI.create("mailto:someone@example.org");
        URI ftp = URI.create("ftp://ketamine-training.example/1");
        for (URI bad : List.of(relative, withFragment, mail, ftp)) {
            assertThatThrownBy(() -> OpenBadgeCredential.unsignedJson(Badges.payload(), Badges.ISSUER, bad,
                    Badges.ACHIEVEMENT, Badges.VERIFY)).as("credential " + bad)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("credential id");
            assertThatThrownBy(() -> OpenBadgeCredential.unsignedJson(Badges.payload(), Badges.ISSUER,
                    Badges.CREDENTIAL, bad, Badges.VERIFY)).as("achievement " + bad)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("achievement id");
        }
        assertThatThrownBy(() -> OpenBadgeCredential.unsignedJson(Badges.payload(), Badges.ISSUER,
                Badges.CREDENTIAL, Badges.ACHIEVEMENT, mail)).hasMessageContaining("verify page");
    }

    @Test
    void theIssuerPublishesEachKeyAsAJwkDocumentAndItsUrlIsTheKid() {
        assertThat(Badges.ISSUER.keyUri("0123456789abcdef"))
                .isEqualTo(URI.create("https://ketamine-training.example/keys/0123456789abcdef"));
        for (String bad : new String[]{"", "..", "a/b", "a#b", "a b", "x".repeat(65)}) {
            assertThatThrownBy(() -> Badges.ISSUER.keyUri(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        URI site = Badges.SITE;
        assertThatThrownBy(() -> new BadgeIssuer(site, URI.create("https://ketamine-training.example/keys")))
                .hasMessageContaining("must end with /");
        assertThatThrownBy(() -> new BadgeIssuer(URI.create("https://ketamine-training.example/?a=1"), site))
                .hasMessageContaining("no query or fragment");
        assertThatThrownBy(() -> new BadgeIssuer(URI.create("did:web:ketamine-training.example"), site))
                .hasMessageContaining("absolute http(s) URL");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Map<String, Object> object, String name) {
        assertThat(object.get(name)).as(name).isInstanceOf(Map.class);
        return (Map<String, Object>) object.get(name);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> first(Map<String, Object> object, String name) {
        assertThat(object.get(name)).as(name).asList().hasSize(1);
        return (Map<String, Object>) ((List<Object>) object.get(name)).get(0);
    }
}
