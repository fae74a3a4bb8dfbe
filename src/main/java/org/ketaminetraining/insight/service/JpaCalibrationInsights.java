package org.ketaminetraining.insight.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.ketaminetraining.insight.calibration.Calibration;
import org.ketaminetraining.insight.calibration.DatedReview;
import org.ketaminetraining.insight.calibration.RecallPredictions;
import org.ketaminetraining.people.Role;
import org.ketaminetraining.people.ValidationException;
import org.ketaminetraining.people.service.AccessControl;
import org.ketaminetraining.people.service.SignedInUser;
import org.ketaminetraining.scheduling.fsrs.FsrsParameters;
import org.ketaminetraining.study.store.SchedulingParameterSet;
import org.ketaminetraining.study.service.BankCatalog;

/** {@link CalibrationInsights} on JPA: reads columns, hands them to the pure insight packages, checks the caller first. */
@ApplicationScoped
public class JpaCalibrationInsights implements CalibrationInsights {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(
            JpaCalibrationInsights.class.getName());

    @PersistenceContext(unitName = "ketamine-training")
    private EntityManager em;
    @Inject
    private AccessControl access;
    @Inject
    private BankCatalog catalog;
    @Inject
    private Clock clock;

    private final Map<String, CalibrationView> computed = new ConcurrentHashMap<>();

    /**
     * The programme's calibration for the defaults and for the fitted set in use (or, when none is in use, the newest
     * one fitted).
     *
     * @throws ValidationException (field {@code programme}) for a programme not in the curriculum
     */
    @Override
    @Transactional
    public CalibrationView calibration(SignedInUser caller, String programmeId, boolean recalculate) {
        access.require(caller, Role.ADMIN, Role.EDUCATOR);
        String title = catalog.current(em).programme(programmeId).orElseThrow(() -> ValidationException.of(
                "programme", "There is no programme \"" + programmeId + "\" in the curriculum.")).title();
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        // Figures are kept per set of weights shown: a fit, an application or a roll-back shows new ones at once.
        List<SchedulingParameterSet> sets = em.createQuery("SELECT p FROM SchedulingParameterSet p "
                + "WHERE p.programmeKey = :programme ORDER BY p.createdAt DESC, p.id DESC",
                SchedulingParameterSet.class)
                .setParameter("programme", programmeId).getResultList();
        java.util.Optional<SchedulingParameterSet> shown = sets.stream()
                .filter(set -> set.getState() == SchedulingParameterSet.State.ACTIVE).findFirst()
                .or(() -> sets.stream().findFirst());
        String key = programmeId + "|" + shown.map(set -> set.getVersion() + "|" + set.getState()).orElse("");
        CalibrationView known = computed.get(key);
        if (!recalculate && known != null && known.computedAt().plus(ItemInsights.FRESH_FOR).isAfter(now)) {
            return known;
        }
        long started = System.nanoTime();
        List<List<DatedReview>> histories = ProgrammeHistories.of(em, programmeId);
        List<CalibrationView.ModelCalibration> models = new ArrayList<>();
        models.add(new CalibrationView.ModelCalibration(FsrsParameters.DEFAULT.version(), "FSRS-6 defaults",
                Calibration.of(RecallPredictions.of(histories, FsrsParameters.DEFAULT, Instant.EPOCH),
                        Calibration.DEFAULT_BINS)));
        shown.ifPresent(set -> models.add(new CalibrationView.ModelCalibration(set.getVersion(),
                set.getState() == SchedulingParameterSet.State.ACTIVE ? "Fitted set in use"
                        : "Newest fitted set (not in use)",
                Calibration.of(RecallPredictions.of(histories, set.parameters(), Instant.EPOCH),
                        Calibration.DEFAULT_BINS))));
        CalibrationView view = new CalibrationView(programmeId, title, now, models);
        LOG.info(() -> String.format(java.util.Locale.ROOT, "Calibration of %s computed in %d ms from %d reviews",
                programmeId, (System.nanoTime() - started) / 1_000_000, models.get(0).report().reviews()));
        computed.keySet().removeIf(k -> k.startsWith(programmeId + "|"));
        computed.put(key, view);
        return view;
    }
}
