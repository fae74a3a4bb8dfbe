package org.ketaminetraining.certification.service;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ketaminetraining.bank.model.Programme;
import org.ketaminetraining.certification.rules.Oversight;
import org.ketaminetraining.certification.rules.TimedAnswer;
import org.ketaminetraining.certification.store.IssuedCertificate;
import org.ketaminetraining.compliance.HeldCertificate;
import org.ketaminetraining.compliance.service.DueDates;
import org.ketaminetraining.people.Role;
import org.ketaminetraining.people.model.Account;
import org.ketaminetraining.people.model.Department;
import org.ketaminetraining.people.service.AccountStore;
import org.ketaminetraining.people.service.SignedInUser;
import org.ketaminetraining.study.service.BankCatalog;

/**
 * The completion report: every trainee the caller oversees, in every programme, through the same evaluation as the
 * learner's own pages. Filtering, sorting and paging happen after evaluation, since the status is computed, not
 * stored; one report reads the facts of all the people it covers in a few batched queries.
 */
final class CompletionReporter {

    private final EntityManager em;
    private final AccountStore accounts;
    private final StandingEvaluator evaluator;
    private final BankCatalog.Snapshot bank;
    private final ZoneId defaultZone;

    CompletionReporter(EntityManager em, AccountStore accounts, StandingEvaluator evaluator, BankCatalog.Snapshot bank,
            ZoneId defaultZone) {
        this.em = em;
        this.accounts = accounts;
        this.evaluator = evaluator;
        this.bank = bank;
        this.defaultZone = defaultZone;
    }

    CompletionReport report(SignedInUser caller, CompletionQuery query) {
        boolean admin = caller.has(Role.ADMIN);
        if (!admin && !caller.has(Role.MANAGER)) {
            throw new SecurityException(caller.username() + " may not see the completion report");
        }
        Set<String> visible = admin ? null : caller.managedDepartmentCodes();
        List<Department> departments = accounts.departments().stream()
                .filter(d -> visible == null || visible.contains(d.getCode()))
                .sorted(Comparator.comparing(Department::getName)).toList();
        Optional<String> wanted = query.departmentCode().filter(code -> departments.stream()
                .anyMatch(d -> d.getCode().equals(code)));
        if (query.departmentCode().isPresent() && wanted.isEmpty()) {
            throw new SecurityException(caller.username() + " may not see department " + query.departmentCode().get());
        }
        List<Account> people = trainees().stream()
                .filter(a -> a.getDepartments().stream().map(Department::getCode)
                        .anyMatch(code -> (visible == null || visible.contains(code))
                                && wanted.map(code::equals).orElse(true))
                        || (admin && wanted.isEmpty() && a.getDepartments().isEmpty()))
                .toList();
        List<Long> ids = people.stream().map(Account::getId).toList();
        Map<Long, LearnerFacts> facts = LearnerFacts.loadAll(em, ids, defaultZone);
        DueDates dues = DueDates.load(em, ids, defaultZone);
        List<CompletionReport.Row> rows = new ArrayList<>();
        for (Account person : people) {
            for (Programme programme : bank.programmes()) {
                CompletionReport.Row row = row(person, programme, facts.get(person.getId()), dues, caller, visible);
                if (query.status().map(status -> status == row.status()).orElse(true)
                        && query.due().map(due -> due == row.due().state()).orElse(true)) {
                    rows.add(row);
                }
            }
        }
        rows.sort(order(query));
        int total = rows.size();
        int from = Math.min(query.firstResult(), total);
        int to = query.maxResults() == 0 ? total : Math.min(total, from + query.maxResults());
        return new CompletionReport(rows.subList(from, to), total, departments.stream()
                .map(d -> new CompletionReport.Department(d.getCode(), d.getName())).toList());
    }

    /** One person's row in one programme, as the caller's report would show it; the caller was checked. */
    Optional<CompletionReport.Row> row(SignedInUser caller, long accountId, String programmeId) {
        Account person = em.find(Account.class, accountId);
        Optional<Programme> programme = bank.programme(programmeId);
        if (person == null || programme.isEmpty() || !person.getRoles().contains(Role.TRAINEE)) {
            return Optional.empty();
        }
        Set<String> visible = caller.has(Role.ADMIN) ? null : caller.managedDepartmentCodes();
        return Optional.of(row(person, programme.get(), LearnerFacts.load(em, accountId, defaultZone),
                DueDates.load(em, List.of(accountId), defaultZone), caller, visible));
    }

    private CompletionReport.Row row(Account person, Programme programme, LearnerFacts facts, DueDates dues,
            SignedInUser caller, Set<String> visible) {
        List<String> personDepartments = person.getDepartments().stream()
                .filter(d -> visible == null || visible.contains(d.getCode())).map(Department::getName).sorted()
                .toList();
        ProgrammeStanding standing = evaluator.evaluate(programme, facts).standing();
        int percent = standing.totalItems() == 0 ? 0 : standing.learnedItems() * 100 / standing.totalItems();
        return new CompletionReport.Row(person.getId(), person.getDisplayName(), person.getUsername(),
                personDepartments, programme.id(), programme.title(), standing.status(), percent,
                standing.certificate().map(CertificateSummary::issuedOn),
                standing.certificate().map(CertificateSummary::validThrough),
                standing.certificate().map(CertificateSummary::code),
                new Oversight(person.getId() == caller.accountId(), timed(programme),
                        standing.certificate().map(CertificateSummary::status), standing.decision().verdict()),
                dues.due(person.getId(), programme.id(), held(facts.certificates(), programme.id()),
                        today()),
                lastActivity(programme, facts));
    }

    private LocalDate today() {
        return evaluator.today();
    }

    /** The person's last study answer to an item of the programme, or last assessment attempt of it. */
    private Optional<Instant> lastActivity(Programme programme, LearnerFacts facts) {
        Optional<Instant> studied = bank.itemsOf(programme).stream()
                .map(item -> facts.answers().get(item.questionId())).filter(java.util.Objects::nonNull)
                .flatMap(List::stream).map(TimedAnswer::answeredAt).max(Comparator.naturalOrder());
        Optional<Instant> assessed = facts.attempts().stream()
                .filter(attempt -> attempt.getProgrammeKey().equals(programme.id()))
                .map(attempt -> attempt.getSubmittedAt().orElse(attempt.getStartedAt()))
                .max(Comparator.naturalOrder());
        return java.util.stream.Stream.of(studied, assessed).flatMap(Optional::stream).max(Comparator.naturalOrder());
    }

    /** The person's certificates of one programme as the due-date rules see them. */
    private static List<HeldCertificate> held(List<IssuedCertificate> certificates, String programmeId) {
        return certificates.stream().filter(c -> c.getProgrammeKey().equals(programmeId))
                .map(c -> new HeldCertificate(c.getIssuedOn(), c.getExpiresOn(), c.isRevoked())).toList();
    }

    /** Whether any assessment of the programme, final or renewal, has a time limit that an extension lengthens. */
    static boolean timed(Programme programme) {
        return programme.assessment().timeLimitMinutes().isPresent() || programme.renewalAssessment()
                .map(renewal -> renewal.timeLimitMinutes().isPresent()).orElse(false);
    }

    /** Enabled trainees, with roles and departments read in batched queries (not a query per account). */
    private List<Account> trainees() {
        return accounts.all().stream().filter(a -> a.isEnabled() && a.getRoles().contains(Role.TRAINEE)).toList();
    }

    private static Comparator<CompletionReport.Row> order(CompletionQuery query) {
        Comparator<CompletionReport.Row> byName = Comparator.comparing(
                (CompletionReport.Row r) -> r.displayName().toLowerCase(java.util.Locale.ROOT))
                .thenComparing(CompletionReport.Row::username);
        Comparator<CompletionReport.Row> primary = switch (query.sort()) {
            case DEPARTMENT -> Comparator.comparing(r -> String.join(", ", r.departments()));
            case PROGRAMME -> Comparator.comparing(CompletionReport.Row::programmeTitle);
            case STATUS -> Comparator.comparing(CompletionReport.Row::status);
            case PROGRESS -> Comparator.comparingInt(CompletionReport.Row::learnedPercent);
            case VALID_THROUGH -> Comparator.comparing(r -> r.validThrough().orElse(java.time.LocalDate.MAX));
            default -> byName;
        };
        Comparator<CompletionReport.Row> ordered = query.ascending() ? primary : primary.reversed();
        return ordered.thenComparing(byName).thenComparing(CompletionReport.Row::programmeId);
    }
}
