package org.ketaminetraining.certification.fake;

import java.time.LocalDate;
import org.ketaminetraining.compliance.Due;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.ketaminetraining.certification.rules.AttemptDecision.Verdict;
import org.ketaminetraining.certification.rules.AttemptDecision;
import org.ketaminetraining.certification.rules.CertificateStatus;
import org.ketaminetraining.certification.rules.CompletionStatus;
import org.ketaminetraining.certification.rules.Oversight;
import org.ketaminetraining.certification.service.ComplianceOversight;
import org.ketaminetraining.certification.service.CompletionQuery;
import org.ketaminetraining.certification.service.CompletionReport;
import org.ketaminetraining.certification.service.ProgrammeStanding;
import org.ketaminetraining.certification.service.Verification;
import org.ketaminetraining.people.Role;
import org.ketaminetraining.people.ValidationException;
import org.ketaminetraining.people.service.SignedInUser;

/**
 * Oversight in memory, for page tests: a completion report that filters, sorts and pages the rows a test sets, one
 * person's row as the caller sees it, and a record of every revocation, extension and reset, each refused where the
 * row does not offer it (as the service does). Revocation looks certificates up in the verification and registry
 * fakes it is given.
 */
public class FakeOversight implements ComplianceOversight {

    private final FakeVerification verification;
    private final FakeCertificateRegistry registry;
    public final List<CompletionReport.Row> rows = new ArrayList<>();
    public final List<CompletionReport.Department> departments = new ArrayList<>(List.of(
            new CompletionReport.Department("ed", "Emergency department"),
            new CompletionReport.Department("icu", "Intensive care")));
    public final List<CompletionQuery> reportQueries = new ArrayList<>();
    public final List<String> revocations = new ArrayList<>();
    public final List<String> extensions = new ArrayList<>();

    public FakeOversight(FakeVerification verification, FakeCertificateRegistry registry) {
        this.verification = verification;
        this.registry = registry;
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
                : certificate.map(CertificateStatus::inForce).orElse(false) ? Verdict.ALREADY_PASSED
                        : Verdict.MAY_START;
        return new CompletionReport.Row(accountId, name, name.toLowerCase().replace(' ', '.'), List.of(department),
                programme.toLowerCase().replace(' ', '-'), programme, status, percent,
                certified ? Optional.of(LocalDate.of(2026, 1, 1).plusDays(accountId)) : Optional.empty(),
                certified ? Optional.of(LocalDate.of(2028, 1, 1).plusDays(accountId - 1)) : Optional.empty(), code,
                new Oversight(false, true, certificate, attempts), Due.notAssigned(LocalDate.of(2026, 6, 1)),
                Optional.empty());
    }

    /** The same row in a programme without a time limit. */
    public static CompletionReport.Row untimed(CompletionReport.Row row) {
        return withOversight(row, new Oversight(row.oversight().ownRecord(), false, row.oversight().certificate(),
                row.oversight().attempts()));
    }

    private static CompletionReport.Row withOversight(CompletionReport.Row r, Oversight oversight) {
        return new CompletionReport.Row(r.accountId(), r.displayName(), r.username(), r.departments(),
                r.programmeId(), r.programmeTitle(), r.status(), r.learnedPercent(), r.issuedOn(), r.validThrough(),
                r.certificateCode(), oversight, r.due(), r.lastActivity());
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

    @Override
    public Optional<Verification> certificateToRevoke(SignedInUser caller, String code) {
        if (!caller.has(Role.MANAGER) && !caller.has(Role.ADMIN)) {
            throw new SecurityException("not a manager");
        }
        Verification found = verification.verifications.get(code);
        if (found == null) {
            return Optional.empty();
        }
        Long holder = registry.holders.get(code);
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
        if (!verification.verifications.containsKey(code)) {
            throw new IllegalArgumentException("No certificate has this code.");
        }
        switch (verification.verifications.get(code).outcome()) {
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
                .filter(r -> query.due().map(d -> r.due().state() == d).orElse(true))
                .filter(r -> query.count().map(c -> c.includes(r.status(), r.validThrough(), r.due().state(),
                        r.due().asOf())).orElse(true))
                .filter(r -> query.programmeId().map(r.programmeId()::equals).orElse(true))
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
}
