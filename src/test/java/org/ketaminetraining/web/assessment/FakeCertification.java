package org.ketaminetraining.web.assessment;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.ketaminetraining.bank.model.AssessmentBlueprint;
import org.ketaminetraining.bank.model.Question;
import org.ketaminetraining.bank.model.QuestionType;
import org.ketaminetraining.bank.model.Response;
import org.ketaminetraining.certification.rules.AttemptDecision;
import org.ketaminetraining.certification.rules.AttemptDecision.Verdict;
import org.ketaminetraining.certification.rules.CertificateStatus;
import org.ketaminetraining.certification.rules.CompletionStatus;
import org.ketaminetraining.certification.rules.ModuleScore;
import org.ketaminetraining.certification.service.AttemptResult;
import org.ketaminetraining.certification.service.AttemptView;
import org.ketaminetraining.certification.service.CertificateFiles;
import org.ketaminetraining.certification.service.CertificateSummary;
import org.ketaminetraining.certification.service.CertificationService;
import org.ketaminetraining.certification.service.CompletionQuery;
import org.ketaminetraining.certification.service.CompletionReport;
import org.ketaminetraining.certification.service.ProgrammeStanding;
import org.ketaminetraining.certification.service.ProgrammeStanding.AttemptSummary;
import org.ketaminetraining.certification.service.ProgrammeStanding.ModuleStanding;
import org.ketaminetraining.certification.service.PublicKeyInfo;
import org.ketaminetraining.certification.service.Verification;
import org.ketaminetraining.people.service.SignedInUser;
import org.ketaminetraining.web.FakeStudy;

/**
 * A learner's assessments in memory, behaving as the service's contract says: attempts by token, visible only to
 * their learner; saves and flags recorded and refused once the attempt is submitted or its time is up (an attempt
 * found past its deadline is submitted with what was saved, as the service does); submitting grades once. Odd
 * positions are safety-critical items of "Dosing by indication", even ones ordinary items of "Monitoring and
 * emergence". Standings are whatever the test sets.
 */
class FakeCertification implements CertificationService {

    static final Instant NOW = FakeStudy.NOW;
    static final String PROGRAMME = "ward-nurses";
    static final String TITLE = "Ketamine safety for ward nurses";
    static final String CODE = "KT7Q-M2XD-9PLA";
    static final AssessmentBlueprint BLUEPRINT = new AssessmentBlueprint(10, 0.8, true, 3, 24, OptionalInt.of(30));

    /** The service's now: deadlines are judged against it. */
    Instant now = NOW;
    List<ProgrammeStanding> standings = List.of(standing().build());
    /** When set, starting is refused with this message. */
    String refuseStart;
    /** When set, saving an answer is refused with it (the attempt staying open). */
    RuntimeException refuseSave;
    /** The items an attempt started through the page is drawn with. */
    List<QuestionType> drawn = List.of(QuestionType.SINGLE_CHOICE, QuestionType.TRUE_FALSE, QuestionType.NUMERIC);
    Optional<Duration> timeLimit = Optional.of(Duration.ofMinutes(30));
    /** What the result offers after an attempt that is not passed. */
    AttemptDecision nextAfterFailure = new AttemptDecision(Verdict.COOLING_DOWN, 2,
            Optional.of(NOW.plus(Duration.ofHours(24))));

    final Map<String, Attempt> attempts = new LinkedHashMap<>();
    final List<String> started = new ArrayList<>();
    final List<Save> saves = new ArrayList<>();
    final List<FlagCall> flags = new ArrayList<>();
    final List<String> submits = new ArrayList<>();
    private int tokens;

    record Save(String token, int position, Optional<Response> response) {
    }

    record FlagCall(String token, int position, boolean flagged) {
    }

    /** One attempt, changed in place as the learner answers. */
    static final class Attempt {
        final String token;
        final long accountId;
        final Instant startedAt;
        Optional<Instant> deadline;
        boolean renewal;
        final List<Slot> items = new ArrayList<>();
        AttemptResult result;

        Attempt(String token, long accountId, Instant startedAt, Optional<Instant> deadline) {
            this.token = token;
            this.accountId = accountId;
            this.startedAt = startedAt;
            this.deadline = deadline;
        }

        Slot slot(int position) {
            return items.stream().filter(s -> s.position == position).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("There is no item " + position
                            + " in this assessment."));
        }
    }

    /** One item of an attempt. */
    static final class Slot {
        final int position;
        final String moduleId;
        final String moduleTitle;
        final Question question;
        final List<Integer> displayOrder;
        Optional<Response> response = Optional.empty();
        boolean flagged;

        Slot(int position, QuestionType type) {
            this.position = position;
            boolean dosing = position % 2 == 1;
            this.moduleId = dosing ? "dosing" : "monitoring";
            this.moduleTitle = dosing ? "Dosing by indication" : "Monitoring and emergence";
            Question q = FakeStudy.QUESTIONS.get(type);
            this.question = dosing ? q : new Question(q.id(), q.objectiveId(), List.of(), q.difficulty(),
                    q.expectedSeconds(), q.stem(), q.answer(), q.explanation(), q.references());
            this.displayOrder = FakeStudy.DISPLAY_ORDER.get(type);
        }
    }

    /** Opens an attempt of these question types for the learner, under the current time limit; its token. */
    String open(long accountId, QuestionType... types) {
        Attempt attempt = new Attempt("attempt-" + ++tokens, accountId, now, timeLimit.map(now::plus));
        for (int i = 0; i < types.length; i++) {
            attempt.items.add(new Slot(i + 1, types[i]));
        }
        attempts.put(attempt.token, attempt);
        return attempt.token;
    }

    Attempt get(String token) {
        return attempts.get(token);
    }

    @Override
    public List<ProgrammeStanding> standings(long accountId) {
        return standings;
    }

    @Override
    public String startAssessment(long accountId, String programmeId) {
        if (refuseStart != null) {
            throw new IllegalArgumentException(refuseStart);
        }
        Optional<Attempt> open = attempts.values().stream().filter(a -> a.accountId == accountId && a.result == null)
                .findFirst();
        if (open.isPresent()) {
            return open.get().token;
        }
        started.add(programmeId);
        return open(accountId, drawn.toArray(new QuestionType[0]));
    }

    @Override
    public Optional<AttemptView> attempt(long accountId, String attemptToken) {
        return find(accountId, attemptToken).map(a -> {
            finishIfExpired(a);
            return view(a);
        });
    }

    @Override
    public void saveAnswer(long accountId, String attemptToken, int position, Optional<Response> response) {
        Slot slot = openItem(accountId, attemptToken, position);
        if (refuseSave != null) {
            throw refuseSave;
        }
        slot.response = response;
        saves.add(new Save(attemptToken, position, response));
    }

    @Override
    public void flag(long accountId, String attemptToken, int position, boolean flagged) {
        Slot slot = openItem(accountId, attemptToken, position);
        slot.flagged = flagged;
        flags.add(new FlagCall(attemptToken, position, flagged));
    }

    private Slot openItem(long accountId, String token, int position) {
        Attempt attempt = find(accountId, token)
                .orElseThrow(() -> new IllegalArgumentException("There is no such assessment attempt."));
        if (finishIfExpired(attempt)) {
            throw new IllegalArgumentException("Time is up: the assessment was submitted with the answers saved "
                    + "before the time limit.");
        }
        if (attempt.result != null) {
            throw new IllegalArgumentException("This assessment has been submitted; answers can no longer change.");
        }
        return attempt.slot(position);
    }

    @Override
    public AttemptResult submit(long accountId, String attemptToken) {
        Attempt attempt = find(accountId, attemptToken)
                .orElseThrow(() -> new IllegalArgumentException("There is no such assessment attempt."));
        submits.add(attemptToken);
        if (attempt.result == null) {
            grade(attempt);
        }
        return attempt.result;
    }

    @Override
    public Optional<AttemptResult> result(long accountId, String attemptToken) {
        return find(accountId, attemptToken).map(a -> {
            finishIfExpired(a);
            return a.result;
        });
    }

    private boolean finishIfExpired(Attempt attempt) {
        if (attempt.result == null && attempt.deadline.isPresent() && now.isAfter(attempt.deadline.get())) {
            grade(attempt);
            return true;
        }
        return false;
    }

    private void grade(Attempt a) {
        List<AttemptResult.ReviewedItem> items = new ArrayList<>();
        Map<String, int[]> byModule = new LinkedHashMap<>();
        int correct = 0;
        int safetyMissed = 0;
        for (Slot s : a.items) {
            boolean right = s.response.map(s.question::isCorrect).orElse(false);
            correct += right ? 1 : 0;
            safetyMissed += !right && s.question.isSafetyCritical() ? 1 : 0;
            int[] counts = byModule.computeIfAbsent(s.moduleId, m -> new int[2]);
            counts[0] += right ? 1 : 0;
            counts[1]++;
            items.add(new AttemptResult.ReviewedItem(s.position, s.moduleTitle, s.question, s.displayOrder,
                    s.response, right));
        }
        List<ModuleScore> modules = byModule.entrySet().stream()
                .map(e -> new ModuleScore(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
        boolean reached = (double) correct / a.items.size() >= BLUEPRINT.passMark();
        boolean passed = reached && safetyMissed == 0;
        Instant submittedAt = a.deadline.filter(now::isAfter).orElse(now);
        a.result = new AttemptResult(a.token, PROGRAMME, TITLE, a.renewal, submittedAt, correct, a.items.size(),
                BLUEPRINT.passMark(), reached, safetyMissed, passed, modules, items,
                passed ? Optional.of(CODE) : Optional.empty(),
                passed ? new AttemptDecision(Verdict.ALREADY_PASSED, 2, Optional.empty()) : nextAfterFailure);
    }

    private Optional<Attempt> find(long accountId, String token) {
        return Optional.ofNullable(attempts.get(token)).filter(a -> a.accountId == accountId);
    }

    private static AttemptView view(Attempt a) {
        return new AttemptView(a.token, PROGRAMME, TITLE, a.renewal, a.startedAt, a.deadline, a.result != null,
                a.items.stream().map(s -> new AttemptView.Item(s.position, s.question.id(), s.moduleId,
                        s.moduleTitle, s.question, s.displayOrder, s.response, s.flagged)).toList());
    }

    // ---------------------------------------------------------------- standings the tests set

    static StandingBuilder standing() {
        return new StandingBuilder();
    }

    /** A standing in the fake's programme: everything learned and the assessment open, unless changed. */
    static final class StandingBuilder {
        int dosingLearned = 24;
        int monitoringLearned = 18;
        int spacingDays = 1;
        boolean unlocked = true;
        AttemptDecision decision = new AttemptDecision(Verdict.MAY_START, 3, Optional.empty());
        Optional<String> openToken = Optional.empty();
        Optional<AttemptSummary> latest = Optional.empty();
        Optional<CertificateSummary> certificate = Optional.empty();
        boolean renewalDue;
        Optional<AssessmentBlueprint> blueprint = Optional.of(BLUEPRINT);

        StandingBuilder learned(int dosing, int monitoring) {
            dosingLearned = dosing;
            monitoringLearned = monitoring;
            unlocked = dosing == 24 && monitoring == 18;
            return this;
        }

        StandingBuilder decision(Verdict verdict, int attemptsLeft, Optional<Instant> notBefore) {
            decision = new AttemptDecision(verdict, attemptsLeft, notBefore);
            return this;
        }

        StandingBuilder open(String token) {
            openToken = Optional.of(token);
            return this;
        }

        StandingBuilder latest(String token, int correct, int total, boolean passed) {
            latest = Optional.of(new AttemptSummary(token, false, NOW.minus(Duration.ofHours(3)),
                    Optional.of(NOW.minus(Duration.ofHours(2))), Optional.of(correct), total, Optional.of(passed)));
            return this;
        }

        StandingBuilder certificate(CertificateStatus status, boolean refresherDue, boolean renewalOpen) {
            certificate = Optional.of(new CertificateSummary(CODE, PROGRAMME, TITLE, LocalDate.of(2025, 12, 1),
                    LocalDate.of(2027, 12, 1), LocalDate.of(2027, 11, 30), status, refresherDue, renewalOpen,
                    Optional.empty()));
            renewalDue = renewalOpen;
            return this;
        }

        StandingBuilder withoutBlueprint() {
            blueprint = Optional.empty();
            return this;
        }

        ProgrammeStanding build() {
            return new ProgrammeStanding(PROGRAMME, TITLE, List.of(
                    new ModuleStanding("dosing", "Dosing by indication", dosingLearned, 24),
                    new ModuleStanding("monitoring", "Monitoring and emergence", monitoringLearned, 18)),
                    spacingDays, unlocked, decision, openToken, latest, certificate, renewalDue,
                    certificate.isPresent() ? CompletionStatus.CERTIFIED
                            : unlocked ? CompletionStatus.ASSESSMENT_AVAILABLE : CompletionStatus.STUDYING,
                    blueprint);
        }
    }

    // ---------------------------------------------------------------- not used by the trainee pages

    @Override
    public List<CertificateSummary> certificates(long accountId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<CertificateFiles> files(SignedInUser caller, String code) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Verification verify(String code) {
        throw new UnsupportedOperationException();
    }

    @Override
    public PublicKeyInfo publicKey() {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<Verification> certificateToRevoke(SignedInUser caller, String code) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void revoke(SignedInUser caller, String code, String reason) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void extendTimeLimit(SignedInUser caller, long accountId, String programmeId, int extraMinutes) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void allowNewAttempts(SignedInUser caller, long accountId, String programmeId, String reason) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<CompletionReport.Row> completionRow(SignedInUser caller, long accountId, String programmeId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public CompletionReport completionReport(SignedInUser caller, CompletionQuery query) {
        throw new UnsupportedOperationException();
    }
}
