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
import org.ketaminetraining.people.Role;
import org.ketaminetraining.people.ValidationException;
import org.ketaminetraining.people.service.AccessControl;
import org.ketaminetraining.people.service.SignedInUser;
import org.ketaminetraining.study.service.ActiveParameters;
import org.ketaminetraining.study.service.BankCatalog;

/** {@link ItemInsights} on JPA: reads columns, hands them to the pure insight packages, checks the caller first. */
@ApplicationScoped
public class JpaItemInsights implements ItemInsights {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(
            JpaItemInsights.class.getName());

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

    @jakarta.annotation.Resource
    private jakarta.enterprise.concurrent.ManagedExecutorService executor;
    @Inject
    private JpaItemInsights self;

    private final Map<String, ItemAnalysisComputation.Result> computed = new ConcurrentHashMap<>();
    private final java.util.Set<String> refreshing = ConcurrentHashMap.newKeySet();

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
        String key = key(programmeId, allAttempts, bank);
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        ItemAnalysisComputation.Result known = computed.get(key);
        if (known != null && known.view().computedAt().plus(FRESH_FOR).isAfter(now)) {
            return known;
        }
        if (known != null) {
            // Stale: shown as it is (the page says when it was computed) while it is computed again in the
            // background, so that no educator waits the seconds a large organisation's figures take.
            if (refreshing.add(key)) {
                executor.submit(() -> {
                    try {
                        self.warm(programmeId, allAttempts);
                    } finally {
                        refreshing.remove(key);
                    }
                });
            }
            return known;
        }
        return compute(programme, bank, key, allAttempts, now);
    }

    /**
     * Computes a programme's figures now and keeps them: the start-up warm-up and the background refresh of stale
     * figures call it, with no caller to check (it reveals nothing; the figures are shown only through the methods
     * above).
     */
    @Transactional
    public void warm(String programmeId, boolean allAttempts) {
        BankCatalog.Snapshot bank = catalog.current(em);
        bank.programme(programmeId).ifPresent(programme -> compute(programme, bank, key(programmeId, allAttempts,
                bank), allAttempts, clock.instant().truncatedTo(ChronoUnit.SECONDS)));
    }

    /**
     * Figures are kept per programme, attempts counted, applied bank and weights in use: an import or a new set of
     * weights (which changes the FSRS difficulties shown) computes them again.
     */
    private String key(String programmeId, boolean allAttempts, BankCatalog.Snapshot bank) {
        return programmeId + "|" + allAttempts + "|" + bank.appliedImports() + "|"
                + ActiveParameters.read(em).of(programmeId).version();
    }

    /** The programmes of the current curriculum, for the start-up warm-up. */
    @Transactional
    public List<String> programmeIds() {
        return catalog.current(em).programmes().stream().map(Programme::id).toList();
    }

    private ItemAnalysisComputation.Result compute(Programme programme, BankCatalog.Snapshot bank, String key,
            boolean allAttempts, Instant now) {
        String programmeId = programme.id();
        ItemAnalysisComputation.Result known;
        // One computation at a time: two educators opening the page together wait for one result, not two.
        synchronized (this) {
            known = computed.get(key);
            if (known != null && known.view().computedAt().plus(FRESH_FOR).isAfter(now)) {
                return known;
            }
            long started = System.nanoTime();
            ItemAnalysisComputation.Result fresh = new ItemAnalysisComputation(em, catalog, bank, programme,
                    ActiveParameters.read(em).of(programmeId), settings.itemMinimumResponses(), settings.zone())
                    .compute(allAttempts, now);
            LOG.info(() -> String.format(java.util.Locale.ROOT, "Item analysis of %s (%s attempts) computed in %d ms "
                    + "from %d attempts", programmeId, allAttempts ? "all" : "first",
                    (System.nanoTime() - started) / 1_000_000, fresh.view().test().attempts()));
            computed.keySet().removeIf(k -> k.startsWith(programmeId + "|" + allAttempts + "|"));
            computed.put(key, fresh);
            return fresh;
        }
    }
}
