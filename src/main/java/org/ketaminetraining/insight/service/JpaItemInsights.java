package org.ketaminetraining.insight.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.ketaminetraining.bank.model.Programme;
import org.ketaminetraining.bank.model.Question;
import org.ketaminetraining.config.AppSettings;
import org.ketaminetraining.insight.trend.MonthlyAccuracy;
import org.ketaminetraining.people.Role;
import org.ketaminetraining.people.ValidationException;
import org.ketaminetraining.people.service.AccessControl;
import org.ketaminetraining.people.service.SignedInUser;
import org.ketaminetraining.study.service.ActiveParameters;
import org.ketaminetraining.study.service.BankCatalog;

/** {@link ItemInsights} on JPA: reads columns, hands them to the pure insight packages, checks the caller first. */
@ApplicationScoped
public class JpaItemInsights implements ItemInsights {

    @PersistenceContext(unitName = "ketamine-training")
    private EntityManager em;
    @Inject
    private AccessControl access;
    @Inject
    private BankCatalog catalog;
    @Inject
    private AppSettings settings;
    @Inject
    private Clock clock;

    private final Map<String, ItemAnalysisComputation.Result> computed = new ConcurrentHashMap<>();

    /** The programmes an educator can analyse: those of the current curriculum. */
    @Override
    @Transactional
    public List<ItemAnalysisView.ModuleOption> programmes(SignedInUser caller) {
        access.require(caller, Role.EDUCATOR, Role.ADMIN);
        return catalog.current(em).programmes().stream()
                .map(p -> new ItemAnalysisView.ModuleOption(p.id(), p.title())).toList();
    }

    /** The programme's items with their figures and flags. */
    @Override
    @Transactional
    public ItemAnalysisView analysis(SignedInUser caller, String programmeId, boolean allAttempts) {
        access.require(caller, Role.EDUCATOR, Role.ADMIN);
        return result(programmeId, allAttempts).view();
    }

    /**
     * One item of the programme, with its answer options in words and its figures over time.
     *
     * @throws ValidationException (field {@code item}) when the programme has no such published item
     */
    @Override
    @Transactional
    public ItemInsightDetail item(SignedInUser caller, String programmeId, String questionKey, boolean allAttempts) {
        access.require(caller, Role.EDUCATOR, Role.ADMIN);
        ItemAnalysisComputation.Result result = result(programmeId, allAttempts);
        InsightRow row = result.view().rows().stream().filter(r -> r.questionKey().equals(questionKey)).findFirst()
                .orElseThrow(() -> ValidationException.of("item", "The programme has no published item \""
                        + questionKey + "\"."));
        BankCatalog.Snapshot bank = catalog.current(em);
        BankCatalog.PublishedItem published = bank.items().stream()
                .filter(item -> item.questionKey().equals(questionKey)).findFirst()
                .orElseThrow(() -> ValidationException.of("item", "\"" + questionKey + "\" is not published."));
        Question question = catalog.revision(em, published.revisionId()).question();
        List<ItemInsightDetail.Category> categories = row.statistics().options().stream()
                .map(option -> new ItemInsightDetail.Category(option.category(),
                        categoryText(question, option.category()), option.key()))
                .toList();
        ItemAnalysisView view = result.view();
        return new ItemInsightDetail(view.programmeId(), view.programmeTitle(), allAttempts, view.computedAt(),
                view.minimumResponses(), row, question.stem(), categories,
                result.studyAccuracy().getOrDefault(questionKey, List.of()),
                result.assessmentAccuracy().getOrDefault(questionKey, List.of()));
    }

    /** Forgets the programme's computed figures, so that the next look computes them from the data as it is now. */
    @Override
    @Transactional
    public void recalculate(SignedInUser caller, String programmeId) {
        access.require(caller, Role.EDUCATOR, Role.ADMIN);
        computed.keySet().removeIf(key -> key.startsWith(programmeId + "|"));
    }

    private static String categoryText(Question question, String category) {
        var options = question.answer().choiceOptions();
        for (int i = 0; i < options.size(); i++) {
            if (AnswerCategories.letter(i).equals(category)) {
                return options.get(i).text();
            }
        }
        return category;
    }

    private ItemAnalysisComputation.Result result(String programmeId, boolean allAttempts) {
        BankCatalog.Snapshot bank = catalog.current(em);
        Programme programme = bank.programme(programmeId).orElseThrow(() -> ValidationException.of("programme",
                "There is no programme \"" + programmeId + "\" in the curriculum."));
        String key = programmeId + "|" + allAttempts + "|" + bank.appliedImports();
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        ItemAnalysisComputation.Result known = computed.get(key);
        if (known != null && known.view().computedAt().plus(FRESH_FOR).isAfter(now)) {
            return known;
        }
        // One computation at a time: two educators opening the page together wait for one result, not two.
        synchronized (this) {
            known = computed.get(key);
            if (known != null && known.view().computedAt().plus(FRESH_FOR).isAfter(now)) {
                return known;
            }
            ItemAnalysisComputation.Result fresh = new ItemAnalysisComputation(em, catalog, bank, programme,
                    ActiveParameters.read(em).of(programmeId), settings.itemMinimumResponses(), settings.zone())
                    .compute(allAttempts, now);
            computed.keySet().removeIf(k -> k.startsWith(programmeId + "|" + allAttempts + "|"));
            computed.put(key, fresh);
            return fresh;
        }
    }
}
