package org.ketaminetraining.study.service;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.ketaminetraining.bank.model.Programme;
import org.ketaminetraining.scheduling.ItemClass;
import org.ketaminetraining.scheduling.ReviewContext;
import org.ketaminetraining.scheduling.fsrs.FsrsParameters;
import org.ketaminetraining.scheduling.fsrs.FsrsScheduler;
import org.ketaminetraining.scheduling.policy.DayBoundary;
import org.ketaminetraining.scheduling.policy.LearningSteps;
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
    private final SchedulerPolicy policy;
    private final Map<Double, FsrsScheduler> byRetention = new HashMap<>();
    private final FsrsParameters parameters;

    private LearnerContext(LearnerProfile profile, Snapshot snapshot, DayBoundary boundary,
            ActiveParameters active) {
        this.accountId = profile.getAccountId();
        this.newItemsPerDay = profile.getNewItemsPerDay();
        this.boundary = boundary;
        this.snapshot = snapshot;
        // A programme that left the curriculum falls back to the first one, so the learner is never stranded.
        this.programme = snapshot.programme(profile.getProgrammeKey())
                .or(() -> snapshot.programmes().stream().findFirst());
        this.programmeId = programme.map(Programme::id).orElse(profile.getProgrammeKey());
        Map<String, RetentionTargets> targets = new LinkedHashMap<>();
        snapshot.programmes().forEach(p -> targets.put(p.id(),
                new RetentionTargets(p.desiredRetention(), p.safetyCriticalRetention())));
        SchedulerPolicy policy = new SchedulerPolicy(LearningSteps.ofMinutes(1, 10), LearningSteps.ofMinutes(10),
                boundary, SchedulerPolicy.DEFAULT_MAXIMUM_INTERVAL_DAYS,
                new RetentionPolicy(RetentionTargets.CLINICAL_DEFAULT, targets), true);
        this.policy = policy;
        // The programme's weights schedule every item of the learner, replayed answers included: a learner's memory
        // states are one replay under one set of weights, so a programme change or a new fit rebuilds them all.
        this.parameters = active.of(programmeId);
        this.scheduler = new FsrsScheduler(parameters, policy);
        Map<String, PublishedItem> byId = new LinkedHashMap<>();
        programme.map(snapshot::itemsOf).orElse(List.of())
                .forEach(item -> byId.put(StudyQueueReader.itemId(item.questionId()), item));
        this.items = byId;
    }

    /**
     * Makes contexts with the organisation's settings. It keeps one day boundary per time zone: a boundary tabulates
     * the zone's offset changes once, which is too costly to repeat on every request. Thread-safe.
     */
    public static final class Factory {
        private final int rolloverHour;
        private final Map<String, DayBoundary> boundaries = new ConcurrentHashMap<>();

        public Factory(int rolloverHour) {
            if (rolloverHour < 0 || rolloverHour > 23) {
                throw new IllegalArgumentException("rolloverHour must be 0..23");
            }
            this.rolloverHour = rolloverHour;
        }

        public LearnerContext of(LearnerProfile profile, Snapshot snapshot, ActiveParameters active) {
            Objects.requireNonNull(profile, "profile");
            return new LearnerContext(profile, Objects.requireNonNull(snapshot, "snapshot"),
                    boundary(ZoneId.of(profile.getTimeZone())), Objects.requireNonNull(active, "active"));
        }

        /** The day boundary of a zone, made once per zone. */
        public DayBoundary boundary(ZoneId zone) {
            return boundaries.computeIfAbsent(zone.getId(), id -> new DayBoundary(zone, rolloverHour));
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

    /** The scheduler with the programme's retention targets: for estimates such as the queue's recall order. */
    public FsrsScheduler scheduler() {
        return scheduler;
    }

    /** The desired retention that an item of this class is scheduled for now, in the learner's programme. */
    public double retentionFor(boolean safetyCritical) {
        return policy.retention().desiredRetention(programmeId, ItemClass.of(safetyCritical));
    }

    /** The version of the weights this learner is scheduled with, recorded with every answer. */
    public String parameterVersion() {
        return parameters.version();
    }

    /** The programme whose targets apply (the chosen one, or the first when the chosen one left the curriculum). */
    public String programmeId() {
        return programmeId;
    }

    /**
     * The scheduler for one desired retention. Answers are scheduled, and replayed, with the retention recorded in
     * their log row, so that a curriculum that later changes its targets does not change past schedules.
     */
    public FsrsScheduler schedulerFor(double desiredRetention) {
        return byRetention.computeIfAbsent(desiredRetention, retention -> new FsrsScheduler(parameters,
                policy.withRetention(RetentionPolicy.uniform(RetentionTargets.uniform(retention)))));
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

    /** The published item of the learner's programme with this id, if it is one. */
    Optional<PublishedItem> published(String itemId) {
        return Optional.ofNullable(items.get(itemId));
    }

    PublishedItem item(String itemId) {
        PublishedItem item = items.get(itemId);
        if (item == null) {
            throw new IllegalStateException("item " + itemId + " is not in the learner's programme");
        }
        return item;
    }

    /**
     * The scheduler's view of one item for {@link #schedulerFor}, whose retention is uniform. The fuzz key includes
     * the learner, so that items one learner starts together do not all fall due together for everyone.
     */
    public ReviewContext context(String questionKey) {
        return ReviewContext.of(accountId + ":" + questionKey);
    }
}
