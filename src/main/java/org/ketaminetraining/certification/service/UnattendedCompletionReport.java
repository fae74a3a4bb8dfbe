package org.ketaminetraining.certification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ketaminetraining.bank.model.Programme;
import org.ketaminetraining.certification.rules.CertificateStatus;
import org.ketaminetraining.certification.rules.CompletionStatus;
import org.ketaminetraining.compliance.reminder.ProgrammeFacts;
import org.ketaminetraining.compliance.service.mail.CompletionFacts;
import org.ketaminetraining.people.Role;
import org.ketaminetraining.people.service.AccountStore;
import org.ketaminetraining.people.service.SignedInUser;

/**
 * The whole completion report for work nobody asks for in person (the nightly reminders, the weekly digests): every
 * trainee in every programme, through the same evaluation as the managers' report, so a reminder never disagrees
 * with what the report shows. It checks no caller, so no page may use it (WebPackagesTest); people reach the report
 * only through {@link ComplianceOversight}, which checks theirs.
 */
@ApplicationScoped
public class UnattendedCompletionReport implements CompletionFacts {

    /** Sees everyone, as an administrator's report does; never an account, never in a session. */
    private static final SignedInUser SCHEDULER = new SignedInUser(-1, "(scheduled run)", "Scheduled run",
            Set.of(Role.ADMIN), Set.of(), Set.of(), false);

    @Inject
    private Evaluations evaluations;
    @Inject
    private AccountStore accounts;

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Snapshot everyone() {
        CompletionReport report = evaluations.reporter(accounts).report(SCHEDULER, CompletionQuery.all());
        return new Snapshot(evaluations.today(),
                report.rows().stream().map(row -> new PersonProgramme(row.accountId(), row.displayName(),
                        row.departments(), facts(row))).toList(),
                report.departments().stream().collect(Collectors.toMap(CompletionReport.Department::code,
                        CompletionReport.Department::name, (a, b) -> a)),
                evaluations.bank().programmes().stream().collect(Collectors.toMap(Programme::id,
                        Programme::reminders, (a, b) -> a)));
    }

    /** A row in the reminder rules' terms: the certificate's expiry is the day after its valid-through day. */
    static ProgrammeFacts facts(CompletionReport.Row row) {
        boolean inForce = row.oversight().certificate().map(CertificateStatus::inForce).orElse(false);
        return new ProgrammeFacts(row.programmeId(), row.programmeTitle(), row.due(), row.issuedOn(),
                row.validThrough().map(day -> day.plusDays(1)), inForce,
                row.status() == CompletionStatus.REFRESHER_DUE);
    }
}
