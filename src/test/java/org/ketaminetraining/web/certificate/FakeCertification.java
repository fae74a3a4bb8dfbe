package org.ketaminetraining.web.certificate;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
import org.ketaminetraining.certification.rules.CertificateStatus;
import org.ketaminetraining.certification.rules.CompletionStatus;
import org.ketaminetraining.certification.rules.ModuleScore;
import org.ketaminetraining.certification.rules.Oversight;
import org.ketaminetraining.certification.service.AttemptResult;
import org.ketaminetraining.certification.service.AttemptView;
import org.ketaminetraining.certification.service.CertificateFiles;
import org.ketaminetraining.certification.service.CertificateSummary;
import org.ketaminetraining.certification.service.CertificationService;
import org.ketaminetraining.certification.service.CompletionQuery;
import org.ketaminetraining.certification.service.CompletionReport;
import org.ketaminetraining.certification.service.ProgrammeStanding.AttemptSummary;
import org.ketaminetraining.certification.service.ProgrammeStanding.ModuleStanding;
import org.ketaminetraining.certification.service.ProgrammeStanding;
import org.ketaminetraining.certification.service.PublicKeyInfo;
import org.ketaminetraining.certification.service.Verification;
import org.ketaminetraining.people.Role;
import org.ketaminetraining.people.ValidationException;
import org.ketaminetraining.people.service.SignedInUser;
import org.ketaminetraining.web.FakeStudy;

/**
 * The certification service in memory, for page tests, behaving as its contract says.
 *
 * <p>Certificates: verification answers by code, each learner's certificates, files with their holder, a completion
 * report that filters, sorts and pages as asked, and a record of every call that changes something.
 *
 * <p>Assessments: attempts by token, visible only to their learner; saves and flags recorded and refused once the
 * attempt is submitted or its time is up (an attempt found past its deadline is submitted with what was saved, as
 * the service does); submitting grades once. Odd positions are safety-critical items of "Dosing by indication",
 * even ones ordinary items of "Monitoring and emergence". Standings are whatever the test sets.
 */
public class FakeCertification implements CertificationService {

    public static final String VALID = "K7Q2-9XMD-4HBT-0VWE-ZR3N";
    public static final String EXPIRED = "A1B2-C3D4-E5F6-G7H8-J9K0";
    public static final String REVOKED = "MMMM-NNNN-PPPP-QQQQ-RRRR";
    public static final String PEM = "-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEAGb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE=\n"
            + "-----END PUBLIC KEY-----\n";
    public static final String JWK = "{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"kid\":\"key-2026\","
            + "\"x\":\"Gb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE\"}";

    public final Map<String, Verification> verifications = new HashMap<>();
    public final List<String> verifyCalls = new ArrayList<>();
    public final Map<Long, List<CertificateSummary>> certificates = new HashMap<>();
    /** Files by code as typed in links (display form), with the account that holds them. */
    public final Map<String, CertificateFiles> files = new HashMap<>();
    public final Map<String, Long> holders = new HashMap<>();
    public final List<CompletionReport.Row> rows = new ArrayList<>();
    public final List<CompletionReport.Department> departments = new ArrayList<>(List.of(
            new CompletionReport.Department("ed", "Emergency department"),
            new CompletionReport.Department("icu", "Intensive care")));
    public final List<CompletionQuery> reportQueries = new ArrayList<>();
    public final List<String> revocations = new ArrayList<>();
    public final List<String> extensions = new ArrayList<>();

    public FakeCertification() {
        verifications.put(VALID, known(Verification.Outcome.VALID, VALID, "Jane Doe", LocalDate.of(2026, 3, 2)));
        verifications.put(EXPIRED, known(Verification.Outcome.EXPIRED, EXPIRED, "Sam Old",
                LocalDate.of(2023, 1, 10)));
        verifications.put(REVOKED, known(Verification.Outcome.REVOKED, REVOKED, "Rex Voked",
                LocalDate.of(2026, 1, 5)));
    }

    private static Verification known(Verification.Outcome outcome, String code, String holder, LocalDate issued) {
        LocalDate expires = issued.plusYears(2);
        return new Verification(outcome, Optional.of(new Verification.Details(code, holder,
                "Ketamine safety for ward nurses", issued, expires, expires.minusDays(1))));
    }

    public static CertificateSummary summary(String code, CertificateStatus status, boolean refresherDue,
            boolean renewalOpen, Optional<String> reason) {
        LocalDate issued = LocalDate.of(2026, 3, 2);
        return new CertificateSummary(code, "ward-nurses", "Ketamine safety for ward nurses", issued,
                issued.plusYears(2), issued.plusYears(2).minusDays(1), status, refresherDue, renewalOpen, reason);
    }

    /** Gives the account a certificate with files; returns its canonical code. */
    public String issue(long accountId, String code, CertificateStatus status) {
        certificates.computeIfAbsent(accountId, id -> new ArrayList<>())
                .add(summary(code, status, false, false, Optional.empty()));
        String canonical = code.replace("-", "");
        files.put(code, new CertificateFiles(canonical, () -> "%PDF-1.7 fake".getBytes(StandardCharsets.US_ASCII),
                () -> ("{\"certificate\":\"" + canonical + "\"}").getBytes(StandardCharsets.UTF_8),
                () -> "eyJhbGciOiJFZERTQSJ9.eyJzdWIiOiJ4In0.c2ln"));
        holders.put(code, accountId);
        return canonical;
    }

    /**
     * A row of a timed programme with the facts its status implies: a certificate for the certificate statuses,
     * attempts used up for a failed assessment, passed for a certificate in force, may start otherwise.
     */
    public static CompletionReport.Row row(long accountId, String name, String department, String programme,
            CompletionStatus status, int percent, Optional<String> code) {
        boolean certified = code.isPresent();
        Optional<CertificateStatus> certificate = switch (status) {
            case CERTIFIED, REFRESHER_DUE -> Optional.of(CertificateStatus.VALID);
            case EXPIRING_SOON -> Optional.of(CertificateStatus.EXPIRING_SOON);
            case EXPIRED -> Optional.of(CertificateStatus.EXPIRED);
            case REVOKED -> Optional.of(CertificateStatus.REVOKED);
            default -> Optional.empty();
        };
        Verdict attempts = status == CompletionStatus.ASSESSMENT_FAILED ? Verdict.NO_ATTEMPTS_LEFT
                : certificate.map(CertificateStatus::inForce).orElse(false) ? Verdict.ALREADY_PASSED : Verdict.MAY_START;
        return new CompletionReport.Row(accountId, name, name.toLowerCase().replace(' ', '.'), List.of(department),
                programme.toLowerCase().replace(' ', '-'), programme, status, percent,
                certified ? Optional.of(LocalDate.of(2026, 1, 1).plusDays(accountId)) : Optional.empty(),
                certified ? Optional.of(LocalDate.of(2028, 1, 1).plusDays(accountId - 1)) : Optional.empty(), code,
                new Oversight(false, true, certificate, attempts));
    }

    /** The same row in a programme without a time limit. */
    public static CompletionReport.Row untimed(CompletionReport.Row row) {
        return withOversight(row, new Oversight(row.oversight().ownRecord(), false, row.oversight().certificate(),
                row.oversight().attempts()));
    }

    private static CompletionReport.Row withOversight(CompletionReport.Row r, Oversight oversight) {
        return new CompletionReport.Row(r.accountId(), r.displayName(), r.username(), r.departments(),
                r.programmeId(), r.programmeTitle(), r.status(), r.learnedPercent(), r.issuedOn(), r.validThrough(),
                r.certificateCode(), oversight);
    }

    /** The row as the caller's report shows it: one's own row is marked so. */
    private static CompletionReport.Row asSeenBy(SignedInUser caller, CompletionReport.Row r) {
        Oversight o = r.oversight();
        return withOversight(r, new Oversight(r.accountId() == caller.accountId(), o.timed(), o.certificate(),
                o.attempts()));
    }

    /** When set, the next revocation, extension or reset is refused with it, as the service would refuse. */
    public RuntimeException refuseNextAction;

    private void refuseIfAsked() {
        RuntimeException refusal = refuseNextAction;
        refuseNextAction = null;
        if (refusal != null) {
            throw refusal;
        }
    }

    /** Refuses an action the caller's row does not offer, with the rule's reason, as the service does. */
    private void refuseUnlessOffered(SignedInUser caller, long accountId, String programmeId, Oversight.Action action) {
        completionRow(caller, accountId, programmeId).flatMap(r -> r.oversight().refusal(action))
                .ifPresent(refusal -> {
                    throw new IllegalArgumentException(refusal.message());
                });
    }

    // ---------------------------------------------------------------- used by the certificate pages

    @Override
    public Verification verify(String code) {
        verifyCalls.add(code);
        return verifications.getOrDefault(code, Verification.unknown());
    }

    @Override
    public PublicKeyInfo publicKey() {
        return new PublicKeyInfo("key-2026", PEM, JWK);
    }

    @Override
    public List<CertificateSummary> certificates(long accountId) {
        return certificates.getOrDefault(accountId, List.of());
    }

    @Override
    public Optional<CertificateFiles> files(SignedInUser caller, String code) {
        Long holder = holders.get(code);
        if (holder == null) {
            return Optional.empty();
        }
        if (holder != caller.accountId() && !caller.has(Role.ADMIN)) {
            throw new SecurityException("only the holder and administrators have a certificate's files");
        }
        return Optional.of(files.get(code));
    }

    @Override
    public Optional<Verification> certificateToRevoke(SignedInUser caller, String code) {
        if (!caller.has(Role.MANAGER) && !caller.has(Role.ADMIN)) {
            throw new SecurityException("not a manager");
        }
        Verification found = verifications.get(code);
        if (found == null) {
            return Optional.empty();
        }
        Long holder = holders.get(code);
        boolean oversees = caller.has(Role.ADMIN) || holder == null || rows.stream()
                .filter(r -> r.accountId() == holder).flatMap(r -> r.departments().stream())
                .anyMatch(department -> caller.managedDepartmentCodes().contains(department));
        return oversees ? Optional.of(found) : Optional.empty();
    }

    @Override
    public void revoke(SignedInUser caller, String code, String reason) {
        if (!caller.has(Role.MANAGER) && !caller.has(Role.ADMIN)) {
            throw new SecurityException("not a manager");
        }
        if (reason.contains("forbidden word")) {
            throw ValidationException.of("reason", "Write the reason without that word.");
        }
        if (!verifications.containsKey(code)) {
            throw new IllegalArgumentException("No certificate has this code.");
        }
        switch (verifications.get(code).outcome()) {
            case REVOKED -> throw ValidationException.of("reason", Oversight.Refusal.ALREADY_REVOKED.message());
            case EXPIRED -> throw new IllegalArgumentException(Oversight.Refusal.EXPIRED.message());
            default -> refuseIfAsked();
        }
        revocations.add(caller.username() + "|" + code + "|" + reason);
    }

    @Override
    public void extendTimeLimit(SignedInUser caller, long accountId, String programmeId, int extraMinutes) {
        if (!caller.has(Role.MANAGER) && !caller.has(Role.ADMIN)) {
            throw new SecurityException("not a manager");
        }
        refuseIfAsked();
        refuseUnlessOffered(caller, accountId, programmeId, Oversight.Action.TIME_EXTENSION);
        extensions.add(caller.username() + "|" + accountId + "|" + programmeId + "|" + extraMinutes);
    }

    /** Resets asked for, as "caller|account|programme|reason". */
    public final List<String> resets = new java.util.ArrayList<>();

    @Override
    public void allowNewAttempts(SignedInUser caller, long accountId, String programmeId, String reason) {
        if (!caller.has(Role.MANAGER) && !caller.has(Role.ADMIN)) {
            throw new SecurityException("not a manager");
        }
        if (reason == null || reason.isBlank()) {
            throw org.ketaminetraining.people.ValidationException.of("reason", "Give the reason (from the service).");
        }
        refuseIfAsked();
        refuseUnlessOffered(caller, accountId, programmeId, Oversight.Action.NEW_ATTEMPTS);
        resets.add(caller.username() + "|" + accountId + "|" + programmeId + "|" + reason);
    }

    @Override
    public Optional<CompletionReport.Row> completionRow(SignedInUser caller, long accountId, String programmeId) {
        if (!caller.has(Role.MANAGER) && !caller.has(Role.ADMIN)) {
            return Optional.empty();
        }
        return rows.stream().filter(r -> r.accountId() == accountId && r.programmeId().equals(programmeId))
                .findFirst().map(r -> asSeenBy(caller, r));
    }

    @Override
    public CompletionReport completionReport(SignedInUser caller, CompletionQuery query) {
        if (!caller.has(Role.MANAGER) && !caller.has(Role.ADMIN)) {
            throw new SecurityException("neither manager nor administrator");
        }
        reportQueries.add(query);
        List<CompletionReport.Row> matching = rows.stream()
                .filter(r -> query.departmentCode().map(d -> r.departments().contains(d)).orElse(true))
                .filter(r -> query.status().map(s -> r.status() == s).orElse(true))
                .sorted(query.ascending() ? order(query.sort()) : order(query.sort()).reversed())
                .map(r -> asSeenBy(caller, r)).toList();
        int from = Math.min(query.firstResult(), matching.size());
        int to = query.maxResults() == 0 ? matching.size() : Math.min(matching.size(), from + query.maxResults());
        return new CompletionReport(matching.subList(from, to), matching.size(), departments);
    }

    private static Comparator<CompletionReport.Row> order(CompletionQuery.Sort sort) {
        Comparator<CompletionReport.Row> byName = Comparator.comparing(CompletionReport.Row::displayName);
        Comparator<CompletionReport.Row> first = switch (sort) {
            case NAME -> byName;
            case DEPARTMENT -> Comparator.comparing(r -> String.join(",", r.departments()));
            case PROGRAMME -> Comparator.comparing(CompletionReport.Row::programmeTitle);
            case STATUS -> Comparator.comparing(CompletionReport.Row::status);
            case PROGRESS -> Comparator.comparingInt(CompletionReport.Row::learnedPercent);
            case VALID_THROUGH -> Comparator.comparing(r -> r.validThrough().orElse(LocalDate.MAX));
        };
        return first.thenComparing(byName).thenComparing(CompletionReport.Row::programmeTitle);
    }

    /**
     * Rows for a report test: {@code n} people, even numbers in the emergency department and odd ones in intensive
     * care, named so that they sort by number, with statuses in turn.
     */
    public void addPeople(int n) {
        CompletionStatus[] statuses = CompletionStatus.values();
        for (int i = 1; i <= n; i++) {
            CompletionStatus status = statuses[i % statuses.length];
            rows.add(row(100 + i, String.format("Person %03d", i), i % 2 == 0 ? "ed" : "icu", "Ketamine safety",
                    status, i % 101, Optional.empty()));
        }
    }

    // ---------------------------------------------------------------- assessments (the trainee pages)


    public static final Instant NOW = FakeStudy.NOW;
    public static final String PROGRAMME = "ward-nurses";
    public static final String TITLE = "Ketamine safety for ward nurses";
    public static final String CODE = "KT7Q-M2XD-9PLA";
    public static final AssessmentBlueprint BLUEPRINT = new AssessmentBlueprint(10, 0.8, true, 3, 24, OptionalInt.of(30));

    /** The service's now: deadlines are judged against it. */
    public Instant now = NOW;
    public List<ProgrammeStanding> standings = List.of(standing().build());
    /** When set, starting is refused with this message. */
    public String refuseStart;
    /** When set, saving an answer is refused with it (the attempt staying open). */
    public RuntimeException refuseSave;
    /** The items an attempt started through the page is drawn with. */
    public List<QuestionType> drawn = List.of(QuestionType.SINGLE_CHOICE, QuestionType.TRUE_FALSE, QuestionType.NUMERIC);
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

    public static StandingBuilder standing() {
        return new StandingBuilder();
    }

    /** A standing in the fake's programme: everything learned and the assessment open, unless changed. */
    public static final class StandingBuilder {
        public int dosingLearned = 24;
        public int monitoringLearned = 18;
        public int spacingDays = 1;
        boolean unlocked = true;
        public AttemptDecision decision = new AttemptDecision(Verdict.MAY_START, 3, Optional.empty());
        public Optional<String> openToken = Optional.empty();
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
                    spacingDays, unlocked, decision, openToken, latest, certificate, renewalDue,
                    certificate.isPresent() ? CompletionStatus.CERTIFIED
                            : unlocked ? CompletionStatus.ASSESSMENT_AVAILABLE : CompletionStatus.STUDYING,
                    blueprint);
        }
    }
}
