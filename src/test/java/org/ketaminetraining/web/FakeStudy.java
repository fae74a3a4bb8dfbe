package org.ketaminetraining.web;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import org.ketaminetraining.bank.model.AnswerSpec;
import org.ketaminetraining.bank.model.ChoiceOption;
import org.ketaminetraining.bank.model.ChoiceResponse;
import org.ketaminetraining.bank.model.MatchPair;
import org.ketaminetraining.bank.model.Matching;
import org.ketaminetraining.bank.model.MultipleResponse;
import org.ketaminetraining.bank.model.NumericAnswer;
import org.ketaminetraining.bank.model.Ordering;
import org.ketaminetraining.bank.model.Question;
import org.ketaminetraining.bank.model.QuestionType;
import org.ketaminetraining.bank.model.Reference;
import org.ketaminetraining.bank.model.Response;
import org.ketaminetraining.bank.model.ShortText;
import org.ketaminetraining.bank.model.SingleChoice;
import org.ketaminetraining.bank.model.TrueFalse;
import org.ketaminetraining.bank.model.TrueFalseResponse;
import org.ketaminetraining.people.ValidationException;
import org.ketaminetraining.scheduling.Rating;
import org.ketaminetraining.scheduling.grading.Confidence;
import org.ketaminetraining.scheduling.queue.QueueEntry;
import org.ketaminetraining.study.NewQuestionsToday;
import org.ketaminetraining.study.PredictedRecall;
import org.ketaminetraining.study.ReviewsDue;
import org.ketaminetraining.study.service.AnswerOutcome;
import org.ketaminetraining.study.service.AnswerSubmission;
import org.ketaminetraining.study.service.Dashboard;
import org.ketaminetraining.study.service.LearnerSettings;
import org.ketaminetraining.study.service.PresentedQuestion;
import org.ketaminetraining.study.service.ProgrammeChoice;
import org.ketaminetraining.study.service.SessionProgress;
import org.ketaminetraining.study.service.StudyHistory;
import org.ketaminetraining.study.service.StudyOutlook;
import org.ketaminetraining.study.service.StudyService;

/**
 * A trainee's study in memory: a queue with one question of every type, presentations by token, every accepted
 * submission recorded once (a repeat returns the first outcome marked as already recorded), and settings,
 * dashboard and history figures the test can set.
 */
public class FakeStudy implements StudyService {

    public static final Instant NOW = Instant.parse("2026-11-27T09:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    /** 04:00 on 28 November in London (GMT). */
    static final Instant NEXT_STUDY_DAY = Instant.parse("2026-11-28T04:00:00Z");

    public static final Map<QuestionType, Question> QUESTIONS = new EnumMap<>(QuestionType.class);
    /** Display orders as the service shuffles them; choice options keep their own order. */
    public static final Map<QuestionType, List<Integer>> DISPLAY_ORDER = new EnumMap<>(QuestionType.class);

    static {
        add(question("dose-induction", "What is the usual **IV** induction dose of ketamine?",
                new SingleChoice(List.of(
                        new ChoiceOption("0.1 mg/kg", false, Optional.of("That is an *analgesic* dose.")),
                        new ChoiceOption("1 to 2 mg/kg", true, Optional.of("Yes: dissociation from 1 mg/kg.")),
                        new ChoiceOption("10 mg/kg", false, Optional.empty())))),
                List.of(0, 1, 2));
        add(question("monitoring-required", "Which must be monitored during sedation?",
                new MultipleResponse(List.of(
                        new ChoiceOption("Oxygen saturation", true, Optional.empty()),
                        new ChoiceOption("Hair colour", false, Optional.of("Not a vital sign.")),
                        new ChoiceOption("Airway patency", true, Optional.empty())))),
                List.of(0, 1, 2));
        add(question("emergence-adults", "Emergence reactions are rare in adults.",
                new TrueFalse(false, Optional.of("No: they are more common in adults than in children."),
                        Optional.of("Right: they are common in adults."))),
                List.of());
        add(question("dose-calc", "A 25 kg child needs 0.5 mg/kg. How much ketamine?",
                new NumericAnswer(new BigDecimal("12.5"), new BigDecimal("0.5"), "mg")), List.of());
        add(question("sedation-steps", "Put the sedation steps in order.",
                new Ordering(List.of("Check the airway equipment", "Give the dose", "Monitor until recovery"))),
                List.of(2, 0, 1));
        add(question("side-effect-treatment", "Match each side effect with its treatment.",
                new Matching(List.of(new MatchPair("Emergence agitation", "Midazolam"),
                        new MatchPair("Hypersalivation", "Glycopyrronium"),
                        new MatchPair("Laryngospasm", "Positive pressure ventilation")))),
                List.of(1, 2, 0));
        add(question("mechanism", "Ketamine is chiefly a non-competitive ___ antagonist. Name the receptor class.",
                new ShortText(List.of("NMDA", "NMDA receptor", "NDMA"))), List.of());
    }

    final List<Question> queue = new ArrayList<>(QUESTIONS.values());
    final Map<String, Presentation> presentations = new LinkedHashMap<>();
    /** Submissions that were recorded (repeats are not). */
    final List<AnswerSubmission> submissions = new ArrayList<>();
    LearnerSettings settings = new LearnerSettings(10, ZoneId.of("Europe/London"), false, "ward-nurses");
    List<ProgrammeChoice> programmes = List.of(new ProgrammeChoice("ward-nurses", "Ketamine safety for ward nurses"),
            new ProgrammeChoice("ed-staff", "Procedural sedation in the emergency department"));
    /** When set, the next save is refused with it. */
    ValidationException refuseSave;
    Dashboard dashboard = dashboard(5, 10, List.of(5, 2, 0, 7, 1, 0, 3));
    /** Past reviews, newest first. */
    final List<StudyHistory.PastReview> past = new ArrayList<>();
    private int tokens;

    private static Question question(String id, String stem, AnswerSpec answer) {
        return new Question(id, "obj-1", List.of("safety-critical"), Optional.empty(), OptionalInt.empty(), stem,
                answer, "Because **the label** says so for " + id + ".",
                List.of(Reference.withUrl("Product label", "https://example.org/label"),
                        new Reference("BNF", Optional.empty(), Optional.of("BNF 86, ketamine monograph"))));
    }

    private static void add(Question question, List<Integer> displayOrder) {
        QUESTIONS.put(question.type(), question);
        DISPLAY_ORDER.put(question.type(), displayOrder);
    }

    /**
     * A dashboard with {@code dueNow} due now, the rest of today's forecast due later today (the first at 09:10),
     * {@code newToday} new questions left of a limit of 10, and 30 questions not started.
     */
    static Dashboard dashboard(int dueNow, int newToday, List<Integer> nextSevenDays) {
        StudyOutlook outlook = new StudyOutlook(new ReviewsDue.Counts(dueNow, nextSevenDays.get(0) - dueNow),
                new NewQuestionsToday(10, 10 - newToday, 0, 30),
                nextSevenDays.get(0) > dueNow ? Optional.of(NOW.plus(Duration.ofMinutes(10))) : Optional.empty(),
                NEXT_STUDY_DAY, NOW, ZoneId.of("Europe/London"));
        return dashboard(outlook, nextSevenDays);
    }

    static Dashboard dashboard(StudyOutlook outlook, List<Integer> nextSevenDays) {
        return new Dashboard("Ketamine safety for ward nurses", TODAY, outlook, 3,
                List.of(new Dashboard.ModuleProgress("dosing", "Dosing by indication", 24, 12, 10,
                        new PredictedRecall.ModuleRecall(12, 3, OptionalDouble.of(0.874))),
                        new Dashboard.ModuleProgress("monitoring", "Monitoring and emergence", 18, 0, 0,
                                new PredictedRecall.ModuleRecall(0, 3, OptionalDouble.empty()))),
                IntStream.range(0, nextSevenDays.size())
                        .mapToObj(i -> new Dashboard.DayForecast(TODAY.plusDays(i), nextSevenDays.get(i))).toList(),
                new Dashboard.CertificationProgress(2, 0, 42, 10));
    }

    /** The queue becomes exactly these questions, in this order. */
    void ask(QuestionType... types) {
        queue.clear();
        for (QuestionType type : types) {
            queue.add(QUESTIONS.get(type));
        }
    }

    /** The token of the learner's open presentation. */
    String openToken(long accountId) {
        return presentations.values().stream().filter(p -> p.accountId == accountId && p.outcome == null)
                .map(p -> p.token).findFirst().orElseThrow();
    }

    /** Learners whose study is paused (an assessment under way). */
    public final java.util.Set<Long> pausedLearners = new java.util.HashSet<>();

    @Override
    public boolean paused(long accountId) {
        return pausedLearners.contains(accountId);
    }

    @Override
    public Optional<PresentedQuestion> currentQuestion(long accountId) {
        if (paused(accountId)) {
            return Optional.empty();
        }
        Optional<Presentation> open = presentations.values().stream()
                .filter(p -> p.accountId == accountId && p.outcome == null).findFirst();
        if (open.isPresent()) {
            return Optional.of(view(open.get()));
        }
        if (queue.isEmpty()) {
            return Optional.empty();
        }
        Presentation next = new Presentation("token-" + ++tokens, accountId, queue.remove(0));
        presentations.put(next.token, next);
        return Optional.of(view(next));
    }

    @Override
    public Optional<PresentedQuestion> presentation(long accountId, String presentationToken) {
        return find(accountId, presentationToken).map(this::view);
    }

    @Override
    public AnswerOutcome submit(long accountId, AnswerSubmission submission) {
        if (paused(accountId)) {
            throw new org.ketaminetraining.study.service.StudyPausedException();
        }
        Presentation p = find(accountId, submission.presentationToken())
                .orElseThrow(() -> new IllegalArgumentException("not a presentation of this learner"));
        if (p.outcome != null) {
            return p.outcome.asRepeat();
        }
        Question q = p.question;
        boolean correct = q.isCorrect(submission.response());
        p.outcome = new AnswerOutcome(p.token, q.id(), 1, "Dosing by indication", q, displayOrder(q),
                submission.response(), submission.confidence(), correct, feedback(q, submission.response()),
                correct ? Rating.GOOD : Rating.AGAIN, !correct && submission.confidence() == Confidence.HIGH,
                Duration.ofMillis(8400), correct ? NOW.plus(Duration.ofDays(3)) : NOW.plus(Duration.ofMinutes(10)),
                false);
        submissions.add(submission);
        return p.outcome;
    }

    @Override
    public Optional<AnswerOutcome> outcome(long accountId, String presentationToken) {
        return find(accountId, presentationToken).map(p -> p.outcome);
    }

    @Override
    public Dashboard dashboard(long accountId) {
        return dashboard;
    }

    /** How often the outlook was asked for (the study page needs it only when nothing is left to ask). */
    int outlookCalls;

    @Override
    public StudyOutlook outlook(long accountId) {
        outlookCalls++;
        return dashboard.outlook();
    }

    @Override
    public LearnerSettings settings(long accountId) {
        return settings;
    }

    @Override
    public List<ProgrammeChoice> programmes() {
        return programmes;
    }

    @Override
    public void saveSettings(long accountId, LearnerSettings newSettings) {
        if (refuseSave != null) {
            throw refuseSave;
        }
        settings = newSettings;
    }

    @Override
    public StudyHistory history(long accountId, int firstResult, int maxResults) {
        List<StudyHistory.PastReview> page = past.stream().skip(firstResult).limit(maxResults).toList();
        long correct = past.stream().filter(StudyHistory.PastReview::correct).count();
        List<StudyHistory.ModuleAccuracy> accuracy = past.isEmpty() ? List.of()
                : List.of(new StudyHistory.ModuleAccuracy("dosing", "Dosing by indication", past.size(),
                        (int) correct));
        return new StudyHistory(page, past.size(), accuracy);
    }

    /** Adds n past reviews, the newest first, alternating right and wrong. */
    void answeredBefore(int n) {
        for (int i = 0; i < n; i++) {
            past.add(new StudyHistory.PastReview(NOW.minus(Duration.ofHours(i + 1)), "question-" + (i + 1), 1,
                    "Dosing by indication", "Stem of question " + (i + 1), i % 2 == 0,
                    i % 2 == 0 ? Rating.GOOD : Rating.AGAIN, Confidence.NOT_STATED, Duration.ofMillis(12_300)));
        }
    }

    private Optional<Presentation> find(long accountId, String token) {
        return Optional.ofNullable(presentations.get(token)).filter(p -> p.accountId == accountId);
    }

    private PresentedQuestion view(Presentation p) {
        int answered = (int) presentations.values().stream()
                .filter(x -> x.accountId == p.accountId && x.outcome != null).count();
        boolean open = presentations.values().stream().anyMatch(x -> x.accountId == p.accountId && x.outcome == null);
        return new PresentedQuestion(p.token, p.question.id(), 1, "dosing", "Dosing by indication", p.question,
                displayOrder(p.question), NOW, QueueEntry.Reason.NEW,
                new SessionProgress(answered, queue.size() + (open ? 1 : 0)), p.outcome != null);
    }

    private static List<Integer> displayOrder(Question q) {
        return DISPLAY_ORDER.get(q.type());
    }

    private static List<String> feedback(Question q, Response response) {
        List<ChoiceOption> options = q.answer().choiceOptions();
        if (response instanceof ChoiceResponse choice) {
            return choice.selectedOptions().stream().sorted().map(options::get)
                    .flatMap(o -> o.feedback().stream()).toList();
        }
        if (q.answer() instanceof TrueFalse tf && response instanceof TrueFalseResponse picked) {
            return tf.feedbackFor(picked.value()).stream().toList();
        }
        return List.of();
    }

    /** One presentation of a question to one learner. */
    static final class Presentation {
        final String token;
        final long accountId;
        final Question question;
        AnswerOutcome outcome;

        Presentation(String token, long accountId, Question question) {
            this.token = token;
            this.accountId = accountId;
            this.question = question;
        }
    }
}
