package org.ketaminetraining.integration.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.ketaminetraining.bank.model.Programme;
import org.ketaminetraining.certification.service.ComplianceOversight;
import org.ketaminetraining.certification.service.CompletionQuery;
import org.ketaminetraining.certification.service.CompletionQuery.Sort;
import org.ketaminetraining.certification.service.CompletionReport;
import org.ketaminetraining.compliance.service.AssignmentReader;
import org.ketaminetraining.compliance.service.PersonAssignment;
import org.ketaminetraining.integration.PageRequest;
import org.ketaminetraining.integration.PageRequest.Page;
import org.ketaminetraining.people.Role;
import org.ketaminetraining.people.model.Account;
import org.ketaminetraining.people.model.Department;
import org.ketaminetraining.people.service.AccountStore;
import org.ketaminetraining.study.service.BankCatalog;

/**
 * What an HR system reads with an API token: completion by department and by person, the departments'
 * certificates and assignments. Every method checks the token's caller itself, as stored now ({@link ApiTokens}:
 * not revoked or expired, its administrator still one), and answers only about the token's departments: a
 * department or person outside them is answered exactly as one that does not exist (empty), so a token learns
 * nothing about them. The reading itself is the completion report's and the assignments' own, with the token's
 * administrator as the caller, narrowed to the department asked for; department names outside the token's are
 * left out of every row. Never answers, scores or items.
 */
@ApplicationScoped
public class HrReports {

    @PersistenceContext(unitName = "ketamine-training")
    private EntityManager em;
    @Inject
    private ApiTokens tokens;
    @Inject
    private ComplianceOversight oversight;
    @Inject
    private AccountStore accounts;
    @Inject
    private BankCatalog catalog;
    /** Resolved when asked: assignments may not be deployed (then the route answers that they are unavailable). */
    @Inject
    private Instance<AssignmentReader> assignments;

    /**
     * One page of the department's completion report: one row per trainee and programme, by name.
     *
     * @return empty when the token may not read the department or it does not exist
     * @throws ApiTokenRefusedException when the token no longer works
     */
    @Transactional
    public Optional<Page<CompletionReport.Row>> departmentCompletion(ApiCaller caller, String departmentCode,
            PageRequest page) {
        ApiTokens.Authority authority = tokens.authority(caller);
        if (!readable(authority, departmentCode)) {
            return Optional.empty();
        }
        CompletionReport report = oversight.completionReport(authority.administrator(), new CompletionQuery(
                Optional.of(departmentCode), Optional.empty(), Sort.NAME, true, page.first(), page.size()));
        return Optional.of(page.cut(narrowed(authority, report.rows()), report.totalRows()));
    }

    /**
     * The certificates of the department's trainees: the latest of each person and programme, by name.
     *
     * @return empty as for {@link #departmentCompletion}
     */
    @Transactional
    public Optional<Page<CompletionReport.Row>> departmentCertificates(ApiCaller caller, String departmentCode,
            PageRequest page) {
        ApiTokens.Authority authority = tokens.authority(caller);
        if (!readable(authority, departmentCode)) {
            return Optional.empty();
        }
        CompletionReport report = oversight.completionReport(authority.administrator(), new CompletionQuery(
                Optional.of(departmentCode), Optional.empty(), Sort.NAME, true, 0, 0));
        List<CompletionReport.Row> certified = report.rows().stream()
                .filter(row -> row.certificateCode().isPresent()).toList();
        return Optional.of(page.of(narrowed(authority, certified)));
    }

    /**
     * One person's completion in every programme.
     *
     * @return empty when there is no such trainee or they are in none of the token's departments
     */
    @Transactional
    public Optional<Page<CompletionReport.Row>> personCompletion(ApiCaller caller, String username,
            PageRequest page) {
        ApiTokens.Authority authority = tokens.authority(caller);
        Optional<Account> person = accounts.byUsername(username).filter(Account::isEnabled)
                .filter(account -> account.getRoles().contains(Role.TRAINEE))
                .filter(account -> account.getDepartments().stream().map(Department::getCode)
                        .anyMatch(authority.caller().departmentCodes()::contains));
        if (person.isEmpty()) {
            return Optional.empty();
        }
        List<CompletionReport.Row> rows = new ArrayList<>();
        for (Programme programme : catalog.current(em).programmes()) {
            oversight.completionRow(authority.administrator(), person.get().getId(), programme.id())
                    .ifPresent(rows::add);
        }
        return Optional.of(page.of(narrowed(authority, rows)));
    }

    /**
     * The open assignments of the department's people, by person and due date.
     *
     * @return empty as for {@link #departmentCompletion}
     * @throws IllegalStateException when assignments are not part of this deployment
     */
    @Transactional
    public Optional<Page<AssignedPerson>> departmentAssignments(ApiCaller caller, String departmentCode,
            PageRequest page) {
        ApiTokens.Authority authority = tokens.authority(caller);
        if (!readable(authority, departmentCode)) {
            return Optional.empty();
        }
        if (!assignments.isResolvable()) {
            throw new IllegalStateException("assignments are not available");
        }
        List<AssignedPerson> people = new ArrayList<>();
        for (PersonAssignment assignment : assignments.get().openAssignments(authority.administrator(),
                Optional.of(departmentCode))) {
            accounts.byId(assignment.accountId()).ifPresent(account -> people.add(new AssignedPerson(
                    account.getUsername(), account.getDisplayName(), assignment)));
        }
        people.sort(Comparator.comparing(AssignedPerson::username).thenComparing(
                a -> a.assignment().due().dueOn().orElse(java.time.LocalDate.MAX))
                .thenComparing(a -> a.assignment().programmeId()));
        return Optional.of(page.of(people));
    }

    /** A person's open assignment, with who they are. */
    public record AssignedPerson(String username, String displayName, PersonAssignment assignment) {
    }

    private static boolean readable(ApiTokens.Authority authority, String departmentCode) {
        return departmentCode != null && authority.caller().departmentCodes().contains(departmentCode);
    }

    /** The rows with only the token's departments named. */
    private static List<CompletionReport.Row> narrowed(ApiTokens.Authority authority,
            List<CompletionReport.Row> rows) {
        return rows.stream().map(row -> new CompletionReport.Row(row.accountId(), row.displayName(), row.username(),
                row.departments().stream().filter(authority.departmentNames()::contains).toList(),
                row.programmeId(), row.programmeTitle(), row.status(), row.learnedPercent(), row.issuedOn(),
                row.validThrough(), row.certificateCode(), row.oversight(), row.due(), row.lastActivity()))
                .toList();
    }
}
