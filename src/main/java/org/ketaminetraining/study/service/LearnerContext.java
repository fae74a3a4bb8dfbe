package org.ketaminetraining.study.service;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.ketaminetraining.bank.model.Programme;
import org.ketaminetraining.scheduling.ItemClass;
import org.ketaminetraining.scheduling.ReviewContext;
import org.ketaminetraining.scheduling.fsrs.FsrsParameters;
import org.ketaminetraining.scheduling.fsrs.FsrsScheduler;
import org.ketaminetraining.scheduling.policy.DayBoundary;
import org.ketaminetraining.scheduling.policy.RetentionPolicy;
import org.ketaminetraining.scheduling.policy.RetentionTargets;
import org.ketaminetraining.scheduling.policy.SchedulerPolicy;
import org.ketaminetraining.study.service.BankCatalog.PublishedItem;
import org.ketaminetraining.study.service.BankCatalog.Snapshot;
import org.ketaminetraining.study.store.LearnerProfile;

/**
 * One learner's view of scheduling for the length of a use case: their day boundary (their time zone, the
 * organisation's rollover hour), the FSRS-6 scheduler with the programme's retention targets, and the programme's
 * published items. Everything that a replay of the log must reproduce is decided here, in one place.
 */
public final class LearnerContext {

    private final long accountId;
    private final String programmeId;
    private final int newItemsPerDay;
    private final DayBoundary boundary;
    private final FsrsScheduler scheduler;
    private final Snapshot snapshot;
    private final Optional<Programme> programme;
    private final Map<String, PublishedItem> items;

    private LearnerContext(LearnerProfile profile, Snapshot snapshot, int rolloverHour) {
        this.accountId = profile.getAccountId();
        this.newItemsPerDay = profile.getNewItemsPerDay();
        this.boundary = new DayBoundary(ZoneId.of(profile.getTimeZone()), rolloverHour);
        this.snapshot = snapshot;
        // A programme that left the curriculum falls back to the first one, so the learner is never stranded.
        this.programme = snapshot.programme(profile.getProgrammeKey())
                .or(() -> snapshot.programmes().stream().findFirst());
        this.programmeId = programme.map(Programme::id).orElse(profile.getProgrammeKey());
        Map<String, RetentionTargets> targets = new LinkedHashMap<>();
        snapshot.programmes().forEach(p -> targets.put(p.id(),
                new RetentionTargets(p.desiredRetention(), p.safetyCriticalRetention())));
        SchedulerPolicy policy = SchedulerPolicy.defaults(boundary.zone()).withDayBoundary(boundary)
                .withRetention(new RetentionPolicy(RetentionTargets.CLINICAL_DEFAULT, targets));
        this.scheduler = new FsrsScheduler(FsrsParameters.DEFAULT, policy);
        Map<String, PublishedItem> byId = new LinkedHashMap<>();
        programme.map(snapshot::itemsOf).orElse(List.of())
                .forEach(item -> byId.put(StudyLedger.itemId(item.questionId()), item));
        this.items = byId;
    }

    /** Makes contexts with the organisation's settings. */
    public record Factory(int rolloverHour) {
        public Factory {
            if (rolloverHour < 0 || rolloverHour > 23) {
                throw new IllegalArgumentException("rolloverHour must be 0..23");
            }
        }

        public LearnerContext of(LearnerProfile profile, Snapshot snapshot) {
            return new LearnerContext(Objects.requireNonNull(profile, "profile"),
                    Objects.requireNonNull(snapshot, "snapshot"), rolloverHour);
        }
    }

    public long accountId() {
        return accountId;
    }

    public int newItemsPerDay() {
        return newItemsPerDay;
    }

    public DayBoundary boundary() {
        return boundary;
    }

    public FsrsScheduler scheduler() {
        return scheduler;
    }

    public Snapshot snapshot() {
        return snapshot;
    }

    public Optional<Programme> programme() {
        return programme;
    }

    /** The programme's published items, modules in programme order. */
    public List<PublishedItem> items() {
        return List.copyOf(items.values());
    }

    PublishedItem item(String itemId) {
        PublishedItem item = items.get(itemId);
        if (item == null) {
            throw new IllegalStateException("item " + itemId + " is not in the learner's programme");
        }
        return item;
    }

    /**
     * The scheduler's view of one item. The fuzz key includes the learner, so that items one learner starts
     * together do not all fall due together for everyone.
     */
    public ReviewContext context(String questionKey, boolean safetyCritical) {
        return new ReviewContext(accountId + ":" + questionKey, programmeId, ItemClass.of(safetyCritical));
    }
}
