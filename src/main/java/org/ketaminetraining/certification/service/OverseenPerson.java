package org.ketaminetraining.certification.service;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ketaminetraining.certification.rules.KnowledgeCurrency;

/**
 * One trainee as their manager's drill-down shows them: where they stand in each programme, never what they
 * answered (no items, no answers, no scores of single questions).
 *
 * @param departments the names of the person's departments the caller oversees
 */
public record OverseenPerson(long accountId, String displayName, String username, List<String> departments,
        List<Programme> programmes) {

    public OverseenPerson {
        departments = List.copyOf(departments);
        programmes = List.copyOf(programmes);
    }

    /** The latest activity across the programmes, if any. */
    public Optional<Instant> lastActivity() {
        return programmes.stream().map(Programme::lastActivity).flatMap(Optional::stream)
                .max(java.util.Comparator.naturalOrder());
    }

    /**
     * One programme.
     *
     * @param row          the person's completion report row (status, progress, due date, last activity)
     * @param modules      items learned per required module, as the learner's own dashboard counts them
     * @param currency     predicted recall of the safety-critical items today against the programme's threshold
     * @param safetyCriticalStudied how many of the programme's safety-critical items the person has studied (the
     *                     items behind {@code currency}'s average)
     * @param certificates every certificate of the programme, newest first, with its status today
     */
    public record Programme(CompletionReport.Row row, List<ProgrammeStanding.ModuleStanding> modules,
            KnowledgeCurrency currency, int safetyCriticalStudied, List<CertificateSummary> certificates) {

        public Programme {
            Objects.requireNonNull(row, "row");
            modules = List.copyOf(modules);
            Objects.requireNonNull(currency, "currency");
            certificates = List.copyOf(certificates);
        }

        public Optional<Instant> lastActivity() {
            return row.lastActivity();
        }
    }
}
