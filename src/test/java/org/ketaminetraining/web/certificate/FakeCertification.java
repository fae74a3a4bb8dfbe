package org.ketaminetraining.web.certificate;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ketaminetraining.bank.model.Response;
import org.ketaminetraining.certification.rules.CertificateStatus;
import org.ketaminetraining.certification.rules.CompletionStatus;
import org.ketaminetraining.certification.service.AttemptResult;
import org.ketaminetraining.certification.service.AttemptView;
import org.ketaminetraining.certification.service.CertificateFiles;
import org.ketaminetraining.certification.service.CertificateSummary;
import org.ketaminetraining.certification.service.CertificationService;
import org.ketaminetraining.certification.service.CompletionQuery;
import org.ketaminetraining.certification.service.CompletionReport;
import org.ketaminetraining.certification.service.ProgrammeStanding;
import org.ketaminetraining.certification.service.PublicKeyInfo;
import org.ketaminetraining.certification.service.Verification;
import org.ketaminetraining.people.Role;
import org.ketaminetraining.people.ValidationException;
import org.ketaminetraining.people.service.SignedInUser;

/**
 * The certificate side of the certification service in memory, for page tests: verification answers by code,
 * each learner's certificates, files with their holder, a completion report that filters, sorts and pages as
 * asked, and a record of every call that changes something. Assessment-taking methods are not used by these pages
 * and refuse.
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

    public static CompletionReport.Row row(long accountId, String name, String department, String programme,
            CompletionStatus status, int percent, Optional<String> code) {
        boolean certified = code.isPresent();
        return new CompletionReport.Row(accountId, name, name.toLowerCase().replace(' ', '.'), List.of(department),
                programme.toLowerCase().replace(' ', '-'), programme, status, percent,
                certified ? Optional.of(LocalDate.of(2026, 1, 1).plusDays(accountId)) : Optional.empty(),
                certified ? Optional.of(LocalDate.of(2028, 1, 1).plusDays(accountId)) : Optional.empty(), code);
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
        revocations.add(caller.username() + "|" + code + "|" + reason);
    }

    @Override
    public void extendTimeLimit(SignedInUser caller, long accountId, String programmeId, int extraMinutes) {
        if (!caller.has(Role.MANAGER) && !caller.has(Role.ADMIN)) {
            throw new SecurityException("not a manager");
        }
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
        resets.add(caller.username() + "|" + accountId + "|" + programmeId + "|" + reason);
    }

    @Override
    public Optional<CompletionReport.Row> completionRow(SignedInUser caller, long accountId, String programmeId) {
        if (!caller.has(Role.MANAGER) && !caller.has(Role.ADMIN)) {
            return Optional.empty();
        }
        return rows.stream().filter(r -> r.accountId() == accountId && r.programmeId().equals(programmeId))
                .findFirst();
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
                .toList();
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
            case EXPIRES -> Comparator.comparing(r -> r.expiresOn().orElse(LocalDate.MAX));
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

    // ---------------------------------------------------------------- not used by these pages

    @Override
    public List<ProgrammeStanding> standings(long accountId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public String startAssessment(long accountId, String programmeId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<AttemptView> attempt(long accountId, String attemptToken) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void saveAnswer(long accountId, String attemptToken, int position, Optional<Response> response) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void flag(long accountId, String attemptToken, int position, boolean flagged) {
        throw new UnsupportedOperationException();
    }

    @Override
    public AttemptResult submit(long accountId, String attemptToken) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<AttemptResult> result(long accountId, String attemptToken) {
        throw new UnsupportedOperationException();
    }
}
