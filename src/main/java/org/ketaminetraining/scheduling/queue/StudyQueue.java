package org.ketaminetraining.scheduling.queue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import org.ketaminetraining.scheduling.Scheduler;

/**
 * Orders what a learner should study now:
 * <ol>
 *   <li>same-day steps that are due (earliest first): a step is honoured, never served before its time, and
 *       never left waiting behind the day's reviews once it is due, because its short delay was the point;</li>
 *   <li>graduated items due on or before today, lowest retrievability first (the likeliest to be forgotten),
 *       safety-critical first among equals;</li>
 *   <li>new items, at most the remaining daily limit, taking one from each module in turn (modules in the order
 *       they first appear, items within a module in the order given) so that a session mixes topics.</li>
 * </ol>
 * Items that are not yet due are left out, unless brought forward (see {@link #order(Collection, Instant,
 * NewItemLimit, Set)}). Ties are broken by item id, so the order is reproducible.
 */
public final class StudyQueue {

    private static final Comparator<QueueEntry> BY_URGENCY = Comparator
            .comparingDouble(QueueEntry::retrievability)
            .thenComparing(entry -> !entry.item().safetyCritical())
            .thenComparing(entry -> entry.item().state().due())
            .thenComparing(entry -> entry.item().itemId());

    private final Scheduler scheduler;

    /** @param scheduler the scheduler that produced the states; it estimates their retrievability */
    public StudyQueue(Scheduler scheduler) {
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
    }

    /**
     * @param items the learner's items, each id once, new items in curriculum order
     * @param now   the current instant
     * @param limit today's new-item allowance
     * @return the items to study now, in order
     * @throws IllegalArgumentException when an item id occurs twice
     */
    public List<QueueEntry> order(Collection<StudyItem> items, Instant now, NewItemLimit limit) {
        return order(items, now, limit, Set.of());
    }

    /**
     * As {@link #order(Collection, Instant, NewItemLimit)}, with some started items brought forward: those of
     * {@code broughtForward} that are not due yet come right after the due steps, before the due reviews, lowest
     * retrievability first (an item missed in an assessment is the likeliest gap). A brought-forward item that is
     * due anyway keeps its ordinary place; a new one stays new (it is introduced within the daily limit).
     */
    public List<QueueEntry> order(Collection<StudyItem> items, Instant now, NewItemLimit limit,
            Set<String> broughtForward) {
        Objects.requireNonNull(broughtForward, "broughtForward");
        Objects.requireNonNull(items, "items");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(limit, "limit");
        requireUniqueIds(items);
        List<QueueEntry> steps = new ArrayList<>();
        List<QueueEntry> reviews = new ArrayList<>();
        List<QueueEntry> forward = new ArrayList<>();
        List<StudyItem> fresh = new ArrayList<>();
        for (StudyItem item : items) {
            if (item.state().isNew()) {
                fresh.add(item);
            } else if (item.state().isDueAt(now)) {
                if (item.state().phase().isStepping()) {
                    steps.add(new QueueEntry(item, QueueEntry.Reason.STEP_DUE, 1));
                } else {
                    double r = scheduler.retrievabilityAt(item.state(), now);
                    reviews.add(new QueueEntry(item, QueueEntry.Reason.REVIEW_DUE, r));
                }
            } else if (broughtForward.contains(item.itemId())) {
                forward.add(new QueueEntry(item, QueueEntry.Reason.BROUGHT_FORWARD,
                        scheduler.retrievabilityAt(item.state(), now)));
            }
        }
        steps.sort(Comparator.comparing((QueueEntry entry) -> entry.item().state().due())
                .thenComparing(entry -> entry.item().itemId()));
        reviews.sort(BY_URGENCY);
        forward.sort(BY_URGENCY);
        List<QueueEntry> ordered = new ArrayList<>(steps);
        ordered.addAll(forward);
        ordered.addAll(reviews);
        ordered.addAll(interleaveByModule(fresh, limit.remaining()));
        return ordered;
    }

    /**
     * When nothing is due, the same-day step that falls due soonest within {@code window} (Anki's "learn ahead
     * limit"): a learner who has finished for now should not have to wait at the screen for a one-minute step.
     * Reviewing a step a few minutes early changes nothing for the memory model (same-day reviews only adjust
     * stability a little, whenever they happen within the day).
     *
     * @return empty when a step is not pending within the window, or when {@link #order} has something now
     */
    public Optional<QueueEntry> learnAhead(Collection<StudyItem> items, Instant now, Duration window) {
        Objects.requireNonNull(items, "items");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(window, "window");
        Instant limit = now.plus(window);
        return items.stream()
                .filter(item -> item.state().phase().isStepping() && !item.state().due().isAfter(limit))
                .min(Comparator.comparing((StudyItem item) -> item.state().due()).thenComparing(StudyItem::itemId))
                .map(item -> new QueueEntry(item, QueueEntry.Reason.STEP_DUE, 1));
    }

    private static List<QueueEntry> interleaveByModule(List<StudyItem> fresh, int allowance) {
        Map<String, Queue<StudyItem>> byModule = new LinkedHashMap<>();
        for (StudyItem item : fresh) {
            byModule.computeIfAbsent(item.moduleId(), module -> new ArrayDeque<>()).add(item);
        }
        List<QueueEntry> picked = new ArrayList<>();
        while (picked.size() < allowance && !byModule.isEmpty()) {
            var modules = byModule.values().iterator();
            while (modules.hasNext() && picked.size() < allowance) {
                Queue<StudyItem> module = modules.next();
                picked.add(new QueueEntry(module.remove(), QueueEntry.Reason.NEW, 1));
                if (module.isEmpty()) {
                    modules.remove();
                }
            }
        }
        return picked;
    }

    private static void requireUniqueIds(Collection<StudyItem> items) {
        Set<String> seen = new HashSet<>();
        for (StudyItem item : items) {
            if (!seen.add(item.itemId())) {
                throw new IllegalArgumentException("item " + item.itemId() + " occurs twice in the queue input");
            }
        }
    }
}
