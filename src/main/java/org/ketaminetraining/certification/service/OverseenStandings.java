package org.ketaminetraining.certification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ketaminetraining.bank.model.Programme;
import org.ketaminetraining.certification.rules.CertificateValidity;
import org.ketaminetraining.certification.store.IssuedCertificate;
import org.ketaminetraining.people.Role;
import org.ketaminetraining.people.model.Account;
import org.ketaminetraining.people.model.Department;
import org.ketaminetraining.people.service.AccessControl;
import org.ketaminetraining.people.service.AccountStore;
import org.ketaminetraining.people.service.SignedInUser;
import org.ketaminetraining.study.service.BankCatalog;

/**
 * One overseen trainee in every programme, through the same evaluation as the completion report and the learner's
 * own pages, for the compliance drill-down. Here because the evaluation's parts are this package's own; the page
 * reaches it through {@link ComplianceDashboard}, and both check the caller.
 */
@ApplicationScoped
public class OverseenStandings {

    @PersistenceContext(unitName = "ketamine-training")
    private EntityManager em;
    @Inject
    private Evaluations evaluations;
    @Inject
    private AccountStore accounts;
    @Inject
    private AccessControl access;

    /**
     * The person as the caller may see them.
     *
     * @return empty when the account is unknown, is no trainee, or is outside the departments a manager manages (a
     *     manager learns nothing of people who are not theirs)
     * @throws SecurityException when the caller is neither a manager nor an administrator
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<OverseenPerson> person(SignedInUser caller, long accountId) {
        SignedInUser current = access.require(caller, Role.MANAGER, Role.ADMIN);
        Account person = em.find(Account.class, accountId);
        Set<String> visible = current.has(Role.ADMIN) ? null : current.managedDepartmentCodes();
        if (person == null || !person.getRoles().contains(Role.TRAINEE) || (visible != null && person
                .getDepartments().stream().map(Department::getCode).noneMatch(visible::contains))) {
            return Optional.empty();
        }
        BankCatalog.Snapshot bank = evaluations.bank();
        StandingEvaluator evaluator = evaluations.evaluator(bank, evaluations.now());
        CompletionReporter reporter = evaluations.reporter(accounts);
        LearnerFacts facts = evaluations.facts(accountId);
        List<OverseenPerson.Programme> programmes = new ArrayList<>();
        for (Programme programme : bank.programmes()) {
            StandingEvaluator.Evaluation evaluation = evaluator.evaluate(programme, facts);
            Optional<CompletionReport.Row> row = reporter.row(current, accountId, programme.id());
            if (row.isEmpty()) {
                continue;
            }
            long studiedSafetyCritical = evaluation.itemsByKey().values().stream()
                    .filter(BankCatalog.PublishedItem::safetyCritical)
                    .filter(item -> evaluation.recallByKey().containsKey(item.questionKey())).count();
            programmes.add(new OverseenPerson.Programme(row.get(), evaluation.standing().modules(),
                    evaluation.currency(), (int) studiedSafetyCritical, certificates(facts, programme)));
        }
        List<String> departments = person.getDepartments().stream()
                .filter(d -> visible == null || visible.contains(d.getCode())).map(Department::getName).sorted()
                .toList();
        return Optional.of(new OverseenPerson(accountId, person.getDisplayName(), person.getUsername(), departments,
                programmes));
    }

    /** Every certificate of the programme the person was issued, newest first, with its status today. */
    private List<CertificateSummary> certificates(LearnerFacts facts, Programme programme) {
        return facts.certificates().stream().filter(c -> c.getProgrammeKey().equals(programme.id()))
                .sorted(Comparator.comparing(IssuedCertificate::getIssuedAt).reversed())
                .map(c -> StandingEvaluator.summary(c, CertificateValidity.statusOn(c.getExpiresOn(),
                        evaluations.today(), c.isRevoked()), false, false))
                .toList();
    }
}
