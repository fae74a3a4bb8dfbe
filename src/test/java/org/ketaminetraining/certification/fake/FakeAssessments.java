package org.ketaminetraining.certification.fake;

import java.time.Duration;
import java.time.Instant;
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
import org.ketaminetraining.certification.rules.AttemptDecision.Verdict;
import org.ketaminetraining.certification.rules.AttemptDecision;
import org.ketaminetraining.certification.rules.ModuleScore;
import org.ketaminetraining.certification.service.AssessmentService;
import org.ketaminetraining.certification.service.AttemptResult;
import org.ketaminetraining.certification.service.AttemptView;
import org.ketaminetraining.certification.service.ProgrammeStanding;
import org.ketaminetraining.web.FakeStudy;

/**
 * A trainee's assessments in memory, for page tests, behaving as the service's contract says: attempts by token,
 * visible only to their learner; saves and flags recorded and refused once the attempt is submitted or its time is
 * up (a write that finds the time run out submits the attempt with what was saved, as the service does; a read only
 * reports it timed out); submitting grades once. Odd positions are safety-critical items of "Dosing by
 * indication", even ones ordinary items of "Monitoring and emergence". Standings are whatever the test sets.
 */
public class FakeAssessments implements AssessmentService {

    public static final Instant NOW = FakeStudy.NOW;
    public static final String PROGRAMME = "ward-nurses";
    public static final String TITLE = "Ketamine safety for ward nurses";
    public static final String CODE = "KT7Q-M2XD-9PLA";
    public static final AssessmentBlueprint BLUEPRINT =
            new AssessmentBlueprint(10, 0.8, true, 3, 24, OptionalInt.of(30));

    /** The service's now: deadlines are judged against it. */
    public Instant now = NOW;
    public List<ProgrammeStanding> standings = List.of(standing().build());
    /** When set, starting is refused with this message. */
    public String refuseStart;
    /** When set, saving an answer is refused with it (the attempt staying open). */
    public RuntimeException refuseSave;
    /** The items an attempt started through the page is drawn with. */
    public List<QuestionType> drawn =
            List.of(QuestionType.SINGLE_CHOICE, QuestionType.TRUE_FALSE, QuestionType.NUMERIC);
    public Optional<Duration> timeLimit = Optional.of(Duration.ofMinutes(30));
    /** What the result offers after an attempt that is not passed. */
    public AttemptDecision nextAfterFailure = new AttemptDecision(Verdict.COOLING_DOWN, 2,
            Optional.of(NOW.plus(Duration.ofHours(24))));

    public final Map<String, Attempt> attempts = new LinkedHashMap<>();
    public final List<String> started = new ArrayList<>();
    public final List<Save> saves = new ArrayList<>();
    public final List<FlagCall> flags = new ArrayList<>();
    public final List<String> submits = new ArrayList<>();
    private int tokens;

    public record Save(String token, int position, Optional<Response> response) {
    }

    public record FlagCall(String token, int position, boolean flagged) {
    }

    /** One attempt, changed in place as the learner answers. */
    public static final class Attempt {
        public final String token;
        public final long accountId;
        public final Instant startedAt;
        public Optional<Instant> deadline;
        public boolean renewal;
        public final List<Slot> items = new ArrayList<>();
        public AttemptResult result;

        Attempt(String token, long accountId, Instant startedAt, Optional<Instant> deadline) {
            this.token = token;
            this.accountId = accountId;
            this.startedAt = startedAt;
            this.deadline = deadline;
        }

        public Slot slot(int position) {
            return items.stream().filter(s -> s.position == position).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("There is no item " + position
                            + " in this assessment."));
        }
    }

    /** One item of an attempt. */
    public static final class Slot {
        public final int position;
        public final String moduleId;
        public final String moduleTitle;
        public final Question question;
        public final List<Integer> displayOrder;
        public Optional<Response> response = Optional.empty();
        public boolean flagged;

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
    public String open(long accountId, QuestionType... types) {
        Attempt attempt = new Attempt("attempt-" + ++tokens, accountId, now, timeLimit.map(now::plus));
        for (int i = 0; i < types.length; i++) {
            attempt.items.add(new Slot(i + 1, types[i]));
        }
        attempts.put(attempt.token, attempt);
        return attempt.token;
    }

    public Attempt get(String token) {
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
        return find(accountId, attemptToken).map(this::view);
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

    /** Tokens of the attempts the page asked to finish after their time ran out. */
    public final List<String> finished = new ArrayList<>();

    @Override
    public Optional<AttemptResult> finishTimedOut(long accountId, String attemptToken) {
        return find(accountId, attemptToken).map(a -> {
            finished.add(attemptToken);
            finishIfExpired(a);
            return a.result;
        });
    }

    @Override
    public Optional<AttemptResult> result(long accountId, String attemptToken) {
        return find(accountId, attemptToken).map(a -> a.result);
    }

    private boolean timedOut(Attempt attempt) {
        return attempt.result == null && attempt.deadline.isPresent() && now.isAfter(attempt.deadline.get());
    }

    private boolean finishIfExpired(Attempt attempt) {
        if (timedOut(attempt)) {
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

    private AttemptView view(Attempt a) {
        return new AttemptView(a.token, PROGRAMME, TITLE, a.renewal, a.startedAt, a.deadline, a.result != null,
                timedOut(a),
                a.items.stream().map(s -> new AttemptView.Item(s.position, s.question.id(), s.moduleId,
                        s.moduleTitle, s.question, s.displayOrder, s.response, s.flagged)).toList());
    }

    /** A standing for a test to set in {@link #standings}. */
    public static StandingBuilder standing() {
        return new StandingBuilder();
    }
}
