package org.ketaminetraining.scheduling.policy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Arrays;

/**
 * A zone's UTC offsets as a sorted array of transitions with a coarse index, so that turning an instant into a
 * study day is an array look-up instead of {@link ZoneRules}' per-year rule evaluation (which dominated the cost of
 * a review). Answers are the same as {@link ZoneRules}'; outside the tabulated years (1900 to 2199), or where two
 * transitions come within two days of each other, it simply asks {@link ZoneRules}.
 */
final class ZoneOffsetTable {

    private static final long FIRST_SECOND = LocalDateTime.of(1900, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);
    private static final long END_SECOND = LocalDateTime.of(2200, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);
    private static final long TWO_DAYS = 2 * 86_400L;
    /** Buckets of 2^22 s (about 48.5 days) index the transition array. */
    private static final int BUCKET_SHIFT = 22;

    private final ZoneId zone;
    private final ZoneRules rules;
    private final long[] transitions;
    /** offsets[i] applies from transitions[i - 1] (inclusive) to transitions[i] (exclusive); offsets[0] before all. */
    private final int[] offsets;
    /** bucketSlots[b]: the number of transitions before the start of bucket b. */
    private final int[] bucketSlots;

    ZoneOffsetTable(ZoneId zone) {
        this.zone = zone;
        this.rules = zone.getRules();
        long[] at = new long[16];
        int[] offset = new int[17];
        int count = 0;
        offset[0] = rules.getOffset(Instant.ofEpochSecond(FIRST_SECOND)).getTotalSeconds();
        ZoneOffsetTransition next = rules.isFixedOffset() ? null : rules.nextTransition(Instant.ofEpochSecond(
                FIRST_SECOND));
        while (next != null && next.toEpochSecond() < END_SECOND) {
            if (count == at.length) {
                at = Arrays.copyOf(at, count * 2);
                offset = Arrays.copyOf(offset, count * 2 + 1);
            }
            at[count] = next.toEpochSecond();
            offset[++count] = next.getOffsetAfter().getTotalSeconds();
            next = rules.nextTransition(next.getInstant());
        }
        this.transitions = Arrays.copyOf(at, count);
        this.offsets = Arrays.copyOf(offset, count + 1);
        this.bucketSlots = bucketSlots(transitions);
    }

    /** The offset in seconds at the instant {@code epochSecond}. */
    int offsetAt(long epochSecond) {
        if (epochSecond < FIRST_SECOND || epochSecond >= END_SECOND) {
            return rules.getOffset(Instant.ofEpochSecond(epochSecond)).getTotalSeconds();
        }
        return offsets[slot(epochSecond)];
    }

    /**
     * The instant at which the wall clock shows {@code localSecond} (seconds since 1970-01-01T00:00 local), with
     * {@link java.time.ZonedDateTime#ofLocal}'s rules: in an overlap the earlier instant, in a gap the instant
     * the same length of time after the gap started.
     */
    long instantOfLocal(long localSecond) {
        long before = localSecond - TWO_DAYS;
        long after = localSecond + TWO_DAYS;
        if (before < FIRST_SECOND || after >= END_SECOND || slot(after) - slot(before) > 1) {
            return LocalDateTime.ofEpochSecond(localSecond, 0, ZoneOffset.UTC).atZone(zone).toEpochSecond();
        }
        int offsetBefore = offsets[slot(before)];
        int offsetAfter = offsets[slot(after)];
        long early = localSecond - offsetBefore;
        long late = localSecond - offsetAfter;
        boolean earlyValid = offsetAt(early) == offsetBefore;
        boolean lateValid = offsetAt(late) == offsetAfter;
        if (earlyValid && lateValid) {
            return Math.min(early, late);
        }
        if (lateValid) {
            return late;
        }
        return early;
    }

    /**
     * Index into {@link #offsets} of the offset in force at {@code epochSecond}: the number of transitions at or
     * before it. The bucket index jumps close; zones change offset at most a few times a bucket, so the walk is short.
     */
    private int slot(long epochSecond) {
        int slot = bucketSlots[(int) ((epochSecond - FIRST_SECOND) >>> BUCKET_SHIFT)];
        while (slot < transitions.length && transitions[slot] <= epochSecond) {
            slot++;
        }
        return slot;
    }

    private static int[] bucketSlots(long[] transitions) {
        int[] slots = new int[(int) ((END_SECOND - FIRST_SECOND) >>> BUCKET_SHIFT) + 1];
        int slot = 0;
        for (int bucket = 0; bucket < slots.length; bucket++) {
            long bucketStart = FIRST_SECOND + ((long) bucket << BUCKET_SHIFT);
            while (slot < transitions.length && transitions[slot] < bucketStart) {
                slot++;
            }
            slots[bucket] = slot;
        }
        return slots;
    }
}
