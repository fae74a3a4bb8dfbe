package org.ketaminetraining.compliance.service.mail;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ketaminetraining.bank.model.ReminderDays;
import org.ketaminetraining.compliance.reminder.ProgrammeFacts;

/**
 * Where the runs read every trainee's standing from: the completion report, which certification computes
 * ({@code certification.service.UnattendedCompletionReport} implements this). An interface here, not a call into
 * certification, because certification already depends on compliance (the report shows due dates): the dependency
 * between the two runs one way.
 */
public interface CompletionFacts {

    /** One person in one programme, as the report shows them. */
    record PersonProgramme(long accountId, String displayName, List<String> departmentNames,
            ProgrammeFacts facts) {
        public PersonProgramme {
            departmentNames = List.copyOf(departmentNames);
        }
    }

    /**
     * @param today        the organisation's today the report was made for
     * @param rows         every trainee in every programme
     * @param departments  every department, code to name
     * @param reminderDays each programme's reminder days, by programme id
     */
    record Snapshot(LocalDate today, List<PersonProgramme> rows, Map<String, String> departments,
            Map<String, ReminderDays> reminderDays) {
        public Snapshot {
            rows = List.copyOf(rows);
            departments = Map.copyOf(departments);
            reminderDays = Map.copyOf(reminderDays);
        }
    }

    /** The report for everyone, as of now. Checks no caller: for scheduled work only. */
    Snapshot everyone();
}
