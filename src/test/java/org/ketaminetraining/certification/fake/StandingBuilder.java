package org.ketaminetraining.certification.fake;

import static org.ketaminetraining.certification.fake.FakeAssessments.BLUEPRINT;
import static org.ketaminetraining.certification.fake.FakeAssessments.CODE;
import static org.ketaminetraining.certification.fake.FakeAssessments.NOW;
import static org.ketaminetraining.certification.fake.FakeAssessments.PROGRAMME;
import static org.ketaminetraining.certification.fake.FakeAssessments.TITLE;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ketaminetraining.bank.model.AssessmentBlueprint;
import org.ketaminetraining.certification.rules.AttemptDecision.Verdict;
import org.ketaminetraining.certification.rules.AttemptDecision;
import org.ketaminetraining.certification.rules.CertificateStatus;
import org.ketaminetraining.certification.rules.CompletionStatus;
import org.ketaminetraining.certification.service.CertificateSummary;
import org.ketaminetraining.certification.service.ProgrammeStanding.AttemptSummary;
import org.ketaminetraining.certification.service.ProgrammeStanding.ModuleStanding;
import org.ketaminetraining.certification.service.ProgrammeStanding;

/** A standing in the fake's programme: everything learned and the assessment open, unless changed. */
public final class StandingBuilder {
    public int dosingLearned = 24;
    public int monitoringLearned = 18;
    public int spacingDays = 1;
    boolean unlocked = true;
    public AttemptDecision decision = new AttemptDecision(Verdict.MAY_START, 3, Optional.empty());
    public Optional<String> openToken = Optional.empty();
    public boolean openTimedOut;
    public Optional<AttemptSummary> latest = Optional.empty();
    public Optional<CertificateSummary> certificate = Optional.empty();
    public boolean renewalDue;
    public Optional<AssessmentBlueprint> blueprint = Optional.of(BLUEPRINT);

    public StandingBuilder learned(int dosing, int monitoring) {
        dosingLearned = dosing;
        monitoringLearned = monitoring;
        unlocked = dosing == 24 && monitoring == 18;
        return this;
    }

    public StandingBuilder decision(Verdict verdict, int attemptsLeft, Optional<Instant> notBefore) {
        decision = new AttemptDecision(verdict, attemptsLeft, notBefore);
        return this;
    }

    /** An open attempt whose time ran out and that waits to be marked. */
    public StandingBuilder timedOut(String token) {
        openToken = Optional.of(token);
        openTimedOut = true;
        return this;
    }

    public StandingBuilder open(String token) {
        openToken = Optional.of(token);
        return this;
    }

    public StandingBuilder latest(String token, int correct, int total, boolean passed) {
        latest = Optional.of(new AttemptSummary(token, false, NOW.minus(Duration.ofHours(3)),
                Optional.of(NOW.minus(Duration.ofHours(2))), Optional.of(correct), total, Optional.of(passed)));
        return this;
    }

    public StandingBuilder certificate(CertificateStatus status, boolean refresherDue, boolean renewalOpen) {
        certificate = Optional.of(new CertificateSummary(CODE, PROGRAMME, TITLE, LocalDate.of(2025, 12, 1),
                LocalDate.of(2027, 12, 1), LocalDate.of(2027, 11, 30), status, refresherDue, renewalOpen,
                Optional.empty()));
        renewalDue = renewalOpen;
        return this;
    }

    public StandingBuilder certificate(CertificateSummary summary) {
        certificate = Optional.of(summary);
        renewalDue = summary.renewalOpen();
        return this;
    }

    public StandingBuilder withoutBlueprint() {
        blueprint = Optional.empty();
        return this;
    }

    public ProgrammeStanding build() {
        return new ProgrammeStanding(PROGRAMME, TITLE, List.of(
                new ModuleStanding("dosing", "Dosing by indication", dosingLearned, 24),
                new ModuleStanding("monitoring", "Monitoring and emergence", monitoringLearned, 18)),
                spacingDays, unlocked, decision, openToken, openTimedOut, latest, certificate, renewalDue,
                certificate.isPresent() ? CompletionStatus.CERTIFIED
                        : unlocked ? CompletionStatus.ASSESSMENT_AVAILABLE : CompletionStatus.STUDYING,
                blueprint);
    }
}
