package org.ketaminetraining.compliance.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ketaminetraining.compliance.Due;
import org.ketaminetraining.compliance.DueState;

class ManagerDigestTest {

    private static final LocalDate MONDAY = LocalDate.of(2027, 1, 11);

    private static ManagerDigest.Entry entry(String department, String person, Due due, Optional<LocalDate> issued,
            Optional<LocalDate> expires, boolean inForce) {
        return new ManagerDigest.Entry(department, department.toUpperCase(), person,
                new ProgrammeFacts("ketamine", "Ketamine safety", due, issued, expires, inForce, false));
    }

    private static Due due(int inDays, DueState state) {
        return new Due(Optional.of(MONDAY.plusDays(inDays)), state, MONDAY);
    }

    @Test
    void eachManagedDepartmentListsCompletedDueOverdueAndExpiring() {
        List<ManagerDigest.Entry> entries = List.of(
                entry("ed", "Ada", Due.notAssigned(MONDAY), Optional.of(MONDAY.minusDays(6)),
                        Optional.of(MONDAY.plusYears(2)), true),
                entry("ed", "Old", Due.notAssigned(MONDAY), Optional.of(MONDAY.minusDays(7)),
                        Optional.of(MONDAY.plusYears(2)), true),
                entry("ed", "Bea", due(12, DueState.DUE_SOON), Optional.empty(), Optional.empty(), false),
                entry("ed", "Far", due(31, DueState.DUE), Optional.empty(), Optional.empty(), false),
                entry("ed", "Cai", due(-2, DueState.OVERDUE), Optional.empty(), Optional.empty(), false),
                entry("ed", "Dan", Due.notAssigned(MONDAY), Optional.of(MONDAY.minusYears(2)),
                        Optional.of(MONDAY.plusDays(30)), true),
                entry("icu", "Other", due(-2, DueState.OVERDUE), Optional.empty(), Optional.empty(), false));
        List<ManagerDigest.Department> digest = ManagerDigest.of(MONDAY, Map.of("ed", "Emergency", "amu", "Acute"),
                entries);

        assertThat(digest).extracting(ManagerDigest.Department::name).containsExactly("Acute", "Emergency");
        assertThat(digest.get(0).isQuiet()).isTrue();
        ManagerDigest.Department ed = digest.get(1);
        assertThat(ed.completed().lines()).extracting(ManagerDigest.Line::personName).containsExactly("Ada");
        assertThat(ed.dueSoon().lines()).extracting(ManagerDigest.Line::personName).containsExactly("Bea");
        assertThat(ed.overdue().lines()).extracting(ManagerDigest.Line::personName).containsExactly("Cai");
        assertThat(ed.expiring().lines()).extracting(ManagerDigest.Line::personName).containsExactly("Dan");
        assertThat(digest).flatExtracting(d -> d.overdue().lines()).extracting(ManagerDigest.Line::personName)
                .as("a department the manager does not manage stays out").doesNotContain("Other");
    }

    @Test
    void aLongListNamesFiftyAndCountsTheRest() {
        List<ManagerDigest.Entry> entries = new ArrayList<>();
        for (int i = 0; i < 75; i++) {
            entries.add(entry("ed", "Person " + (100 + i), due(-1, DueState.OVERDUE), Optional.empty(),
                    Optional.empty(), false));
        }
        ManagerDigest.Section overdue = ManagerDigest.of(MONDAY, Map.of("ed", "Emergency"), entries).get(0).overdue();
        assertThat(overdue.total()).isEqualTo(75);
        assertThat(overdue.lines()).hasSize(ManagerDigest.MAX_LINES);
    }
}
