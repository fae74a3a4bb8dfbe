package org.ketaminetraining.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UserCsvTest {

    private static final Set<String> DEPARTMENTS = Set.of("ed", "icu");
    private static final String HEADER = "username,display_name,email,department,roles\n";

    @Test
    void readsValidLinesWithSeveralDepartmentsAndRoles() {
        UserCsv.Parsed parsed = UserCsv.parse(HEADER
                + "JDoe,Jane Doe,jane@hospital.org,ed;icu,TRAINEE;manager\n"
                + "\"smith\",\"Smith, Anna\",,icu,EDUCATOR\r\n", DEPARTMENTS);
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows()).hasSize(2);
        UserCsv.Row jane = parsed.rows().get(0);
        assertThat(jane.username()).isEqualTo("jdoe");
        assertThat(jane.departmentCodes()).containsExactlyInAnyOrder("ed", "icu");
        assertThat(jane.roles()).containsExactlyInAnyOrder(Role.TRAINEE, Role.MANAGER);
        UserCsv.Row anna = parsed.rows().get(1);
        assertThat(anna.displayName()).isEqualTo("Smith, Anna");
        assertThat(anna.email()).isNull();
        assertThat(anna.line()).isEqualTo(3);
    }

    @Test
    void anOptionalStartDateColumnIsReadAndCheckedAndOldFilesStayValid() {
        UserCsv.Parsed parsed = UserCsv.parse("username,display_name,email,department,roles,start_date\n"
                + "new.nurse,New Nurse,,ed,TRAINEE,2027-01-04\n"
                + "old.nurse,Old Nurse,,ed,TRAINEE,\n"
                + "typo,Typo Nurse,,ed,TRAINEE,207-01-04\n"
                + "far,Far Nurse,,ed,TRAINEE,2999-01-04\n", DEPARTMENTS);
        assertThat(parsed.rows()).extracting(UserCsv.Row::startDate).containsExactly(
                Optional.of(java.time.LocalDate.of(2027, 1, 4)), Optional.empty());
        assertThat(parsed.problems()).extracting(UserCsv.Problem::toString).containsExactly(
                "line 4: start_date '207-01-04' must be a date as yyyy-mm-dd between 1950-01-01 and 2100-12-31",
                "line 5: start_date '2999-01-04' must be a date as yyyy-mm-dd between 1950-01-01 and 2100-12-31");
        assertThat(UserCsv.parse(HEADER + "a.b,A B,,ed,TRAINEE\n", DEPARTMENTS).rows()).singleElement()
                .extracting(UserCsv.Row::startDate).isEqualTo(Optional.empty());
        // A start date that differs is an update; an empty cell leaves the recorded one.
        UserImportPlan plan = UserImportPlan.of(parsed.rows().isEmpty() ? parsed : new UserCsv.Parsed(parsed.rows(),
                java.util.List.of()), Optional.empty(), Map.of(
                        "new.nurse", new UserImportPlan.Existing("new.nurse", "New Nurse", null, Set.of("ed"),
                                Set.of(Role.TRAINEE)),
                        "old.nurse", new UserImportPlan.Existing("old.nurse", "Old Nurse", null, Set.of("ed"),
                                Set.of(Role.TRAINEE), Optional.of(java.time.LocalDate.of(2020, 5, 1)))));
        assertThat(plan.changes()).extracting(UserImportPlan.Change::kind).containsExactly(
                UserImportPlan.Kind.UPDATE, UserImportPlan.Kind.UNCHANGED);
        assertThat(plan.changes().get(0).differences()).containsExactly("start date '' becomes '2027-01-04'");
    }

    @Test
    void reportsEveryProblemWithItsLine() {
        UserCsv.Parsed parsed = UserCsv.parse(HEADER
                + "ok.user,Okay,,ed,TRAINEE\n"
                + "bad user,Name,,ed,TRAINEE\n"
                + "second,,not-an-email,nowhere,PILOT\n"
                + "ok.user,Again,,ed,TRAINEE\n"
                + "short,row\n"
                + "noroles,No Roles,,ed,\n", DEPARTMENTS);
        assertThat(parsed.isValid()).isFalse();
        assertThat(parsed.problems()).extracting(UserCsv.Problem::toString).containsExactly(
                "line 3: username 'bad user' must be 2 to 64 characters of a-z, 0-9, dot, dash or underscore, "
                        + "starting with a letter or digit",
                "line 4: display_name is empty",
                "line 4: email 'not-an-email' is not an email address",
                "line 4: department 'nowhere' does not exist; create it under Departments first",
                "line 4: role 'PILOT' is unknown; use [TRAINEE, EDUCATOR, MANAGER, ADMIN]",
                "line 5: username 'ok.user' already appears on line 2",
                "line 6: expected 5 columns (username,display_name,email,department,roles) but found 2",
                "line 7: roles is empty; give at least one of [TRAINEE, EDUCATOR, MANAGER, ADMIN]");
    }

    @Test
    void aWrongHeaderOrEmptyFileIsRefusedWhole() {
        assertThat(UserCsv.parse("user,name\njdoe,Jane\n", DEPARTMENTS).problems()).singleElement()
                .extracting(UserCsv.Problem::line).isEqualTo(1);
        assertThat(UserCsv.parse("", DEPARTMENTS).problems()).singleElement().asString().contains("empty");
        assertThat(UserCsv.parse(HEADER + "\"unclosed,x,,ed,TRAINEE\n", DEPARTMENTS).problems()).singleElement()
                .asString().contains("line 2").contains("not closed");
    }

    @Test
    void textAfterAClosingQuoteIsRefusedAtTheLineItsRecordStarts() {
        // Not RFC 4180: the hand-written reader used to glue it on ("smith"x read as smithx) and import it.
        UserCsv.Parsed parsed = UserCsv.parse(HEADER
                + "ok.user,Okay,,ed,TRAINEE\n\n"
                + "\"smith\"x,\"Smith,\nAnna\",,icu,EDUCATOR\n", DEPARTMENTS);
        assertThat(parsed.rows()).isEmpty();
        assertThat(parsed.problems()).singleElement().asString().startsWith("line 4: ")
                .contains("text after its closing quote");
    }

    @Test
    void anUnclosedQuoteIsReportedAtTheLineItsRecordStartsAfterBlankLines() {
        UserCsv.Parsed parsed = UserCsv.parse(HEADER + "a1,\"One\nTwo\",,ed,TRAINEE\n\n\r\n"
                + "b2,\"unclosed,,ed,TRAINEE\nc3,x,,ed,TRAINEE\n", DEPARTMENTS);
        assertThat(parsed.problems()).singleElement().asString().startsWith("line 6: ").contains("not closed");
    }

    @Test
    void quotedFieldsMayHoldLineBreaksAndQuotesWithoutShiftingLineNumbers() {
        UserCsv.Parsed parsed = UserCsv.parse(HEADER
                + "a1,\"Name \"\"Quoted\"\"\",,ed,TRAINEE\n"
                + "bad!,x,,ed,TRAINEE\n", DEPARTMENTS);
        assertThat(parsed.rows()).singleElement().extracting(UserCsv.Row::displayName)
                .isEqualTo("Name \"Quoted\"");
        assertThat(parsed.problems()).singleElement().extracting(UserCsv.Problem::line).isEqualTo(3);
    }

    @Test
    void thePlanSaysWhatChangesForWhom() {
        UserCsv.Parsed parsed = UserCsv.parse(HEADER
                + "new.one,New One,,ed,TRAINEE\n"
                + "same,Same Person,same@h.org,ed,TRAINEE\n"
                + "moved,Moved Person,,icu,TRAINEE;MANAGER\n", DEPARTMENTS);
        UserImportPlan plan = UserImportPlan.of(parsed, Optional.empty(), Map.of(
                "same", new UserImportPlan.Existing("same", "Same Person", "same@h.org", Set.of("ed"),
                        Set.of(Role.TRAINEE)),
                "moved", new UserImportPlan.Existing("moved", "Moved Person", null, Set.of("ed"),
                        Set.of(Role.TRAINEE))));
        assertThat(plan.canApply()).isTrue();
        assertThat(plan.changes()).extracting(UserImportPlan.Change::kind).containsExactly(
                UserImportPlan.Kind.CREATE, UserImportPlan.Kind.UNCHANGED, UserImportPlan.Kind.UPDATE);
        assertThat(plan.changes().get(2).differences()).containsExactly(
                "departments [ed] become [icu]", "roles [TRAINEE] become [TRAINEE, MANAGER]");
    }

    @Test
    void aNewTraineeWithoutADepartmentIsAProblemOnItsLineUnlessThereIsADefault() {
        String file = HEADER
                + "with.ward,With Ward,,ed,TRAINEE\n"
                + "no.ward,No Ward,,,TRAINEE\n"
                + "educator,An Educator,,,EDUCATOR\n";
        UserImportPlan refused = UserImportPlan.of(UserCsv.parse(file, DEPARTMENTS), Optional.empty(), Map.of());
        assertThat(refused.canApply()).isFalse();
        assertThat(refused.problems()).extracting(UserCsv.Problem::toString).containsExactly(
                "line 3: department is empty; a trainee needs at least one department, or no manager sees them "
                        + "(or set a default department with KT_DEFAULT_DEPARTMENT)");

        UserImportPlan defaulted = UserImportPlan.of(UserCsv.parse(file, DEPARTMENTS), Optional.of("icu"), Map.of());
        assertThat(defaulted.canApply()).isTrue();
        assertThat(defaulted.changes()).extracting(c -> c.row().departmentCodes())
                .containsExactly(Set.of("ed"), Set.of("icu"), Set.of());
        assertThat(defaulted.changes().get(1).differences()).containsExactly(
                "new account with roles [TRAINEE] in [icu] (the default department)");
    }

    @Test
    void aFileThatWouldLeaveATraineeInNoDepartmentIsAProblemOnItsLineEvenWithADefault() {
        String file = HEADER
                + "fine,Fine,,ed,TRAINEE\n"
                + "emptied,Emptied,,,TRAINEE\n";
        UserImportPlan plan = UserImportPlan.of(UserCsv.parse(file, DEPARTMENTS), Optional.of("icu"), Map.of(
                "emptied", new UserImportPlan.Existing("emptied", "Emptied", null, Set.of("ed"),
                        Set.of(Role.TRAINEE))));
        assertThat(plan.canApply()).isFalse();
        assertThat(plan.problems()).extracting(UserCsv.Problem::toString).containsExactly(
                "line 3: department is empty; a trainee needs at least one department, or no manager sees them");
    }
}
