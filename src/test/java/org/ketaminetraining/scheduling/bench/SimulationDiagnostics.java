package org.ketaminetraining.scheduling.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.ketaminetraining.scheduling.CardState;
import org.ketaminetraining.scheduling.Phase;
import org.ketaminetraining.scheduling.Rating;
import org.ketaminetraining.scheduling.Review;
import org.ketaminetraining.scheduling.ReviewContext;
import org.ketaminetraining.scheduling.Scheduler;
import org.ketaminetraining.scheduling.fsrs.FsrsParameters;
import org.ketaminetraining.scheduling.fsrs.FsrsScheduler;
import org.ketaminetraining.scheduling.policy.RetentionPolicy;
import org.ketaminetraining.scheduling.policy.RetentionTargets;
import org.ketaminetraining.scheduling.policy.SchedulerPolicy;
import org.ketaminetraining.scheduling.queue.NewItemLimit;
import org.ketaminetraining.scheduling.queue.QueueEntry;
import org.ketaminetraining.scheduling.queue.StudyItem;
import org.ketaminetraining.scheduling.queue.StudyQueue;
import org.ketaminetraining.scheduling.sm2.Sm2Scheduler;
import org.ketaminetraining.scheduling.sm2.Sm2Settings;

/** Diagnostic twin of SchedulerSimulation (baseline truth only): where do the reviews go? Not a test. */
public final class SimulationDiagnostics {
    private static final long SEED = 20_250_106L;
    private static final int LEARNERS = 100, ITEMS = 200, MODULES = 4, DAYS = 365, NEW_PER_DAY = 20;
    private static final ZoneId ZONE = ZoneId.of("Europe/London");
    private static final LocalDate FIRST_DAY = LocalDate.of(2025, 1, 6);
    private static final Instant EPOCH = FIRST_DAY.atStartOfDay(ZONE).toInstant();

    /** Accumulator of (count, passes, sum of true p) per key. */
    static final class Acc {
        long n, pass;
        double p;
        double extra;
    }

    static final class Stats {
        TreeMap<String, Acc> byKey = new TreeMap<>();
        void add(String key, boolean pass, double p, double extra) {
            Acc a = byKey.computeIfAbsent(key, k -> new Acc());
            a.n++;
            a.pass += pass ? 1 : 0;
            a.p += p;
            a.extra += extra;
        }
    }

    public static void main(String[] args) {
        double beta = args.length > 0 ? Double.parseDouble(args[0]) : 0.5;
        double retention = args.length > 1 ? Double.parseDouble(args[1]) : 0.90;
        boolean summaryOnly = args.length > 2 && args[2].equals("summary");
        SchedulerPolicy policy = SchedulerPolicy.defaults(ZONE)
                .withRetention(RetentionPolicy.uniform(RetentionTargets.uniform(retention)));
        for (Scheduler s : List.of(new FsrsScheduler(FsrsParameters.DEFAULT, policy),
                new Sm2Scheduler(Sm2Settings.ANKI_DEFAULT, policy), new OracleScheduler(policy))) {
            Stats st = new Stats();
            long[] pairsByFirst = new long[2];
            for (int l = 0; l < LEARNERS; l++) {
                run(s, GroundTruthMemory.Variant.ofBeta("b", beta), l, st, pairsByFirst);
            }
            long pairs = pairsByFirst[0] + pairsByFirst[1];
            long all = 0, day = 0, dayPass = 0;
            for (var e : st.byKey.entrySet()) {
                if (e.getKey().startsWith("ALL dayrev lapses=")) {
                    day += e.getValue().n;
                    dayPass += e.getValue().pass;
                }
                if (e.getKey().startsWith("ALL dayrev lapses=") || e.getKey().startsWith("ALL step")
                        || e.getKey().equals("ALL new"))
                    all += e.getValue().n;
            }
            System.out.printf(Locale.ROOT,
                    "== %s at desired retention %.2f, beta %.2f: rev/item %.2f, day-rev/item %.2f, realised retention %.1f%%%n",
                    s.name(), retention, beta, all / (double) pairs, day / (double) pairs, 100.0 * dayPass / day);
            if (summaryOnly)
                continue;
            System.out.println("   pairs first-fail " + pairsByFirst[0] + " first-pass " + pairsByFirst[1]);
            System.out.printf(Locale.ROOT, "%-34s %8s %8s %8s %8s %8s%n", "key", "n", "n/pair", "pass%", "meanTrueP",
                    "meanX");
            for (var e : st.byKey.entrySet()) {
                Acc a = e.getValue();
                double denom = e.getKey().startsWith("first=pass") ? pairsByFirst[1]
                        : e.getKey().startsWith("first=fail") ? pairsByFirst[0] : pairsByFirst[0] + pairsByFirst[1];
                System.out.printf(Locale.ROOT, "%-34s %8d %8.3f %8.1f %8.3f %8.2f%n", e.getKey(), a.n, a.n / denom,
                        100.0 * a.pass / a.n, a.p / a.n, a.extra / a.n);
            }
        }
    }

    private static void run(Scheduler scheduler, GroundTruthMemory.Variant variant, int learner, Stats st,
            long[] pairsByFirst) {
        SplittableRandom habits = new SplittableRandom(mix(SEED, learner, -1));
        GroundTruthMemory.Learner traits = GroundTruthMemory.Learner.draw(habits, variant);
        int studyMinute = 7 * 60 + habits.nextInt(15 * 60);
        List<StudyItem> items = new ArrayList<>();
        List<GroundTruthMemory> truths = new ArrayList<>();
        if (scheduler instanceof OracleScheduler o) {
            o.useTruths(truths);
        }
        boolean[] firstPass = new boolean[ITEMS];
        int[] dayRevs = new int[ITEMS];
        for (int i = 0; i < ITEMS; i++) {
            GroundTruthMemory.Item item = GroundTruthMemory.Item.draw(new SplittableRandom(mix(SEED, -1, i)), variant);
            truths.add(new GroundTruthMemory(traits, item, variant, new SplittableRandom(mix(SEED, learner, i))));
            items.add(StudyItem.fresh("item-" + i, "module-" + (i % MODULES), false));
        }
        StudyQueue queue = new StudyQueue(scheduler);
        for (int day = 0; day < DAYS; day++) {
            if (habits.nextDouble() < 0.85) {
                Instant now =
                        FIRST_DAY.plusDays(day).atStartOfDay(ZONE).toInstant().plus(Duration.ofMinutes(studyMinute));
                int introduced = 0;
                while (true) {
                    List<QueueEntry> entries = queue.order(items, now, new NewItemLimit(NEW_PER_DAY, introduced));
                    if (entries.isEmpty()) {
                        Instant next = null;
                        for (StudyItem it : items) {
                            if (it.state().phase().isStepping() && (next == null || it.state().due().isBefore(next))) {
                                next = it.state().due();
                            }
                        }
                        if (next == null || next.isAfter(now.plus(Duration.ofHours(1))))
                            break;
                        now = next;
                        continue;
                    }
                    for (QueueEntry entry : entries) {
                        int index = Integer.parseInt(entry.item().itemId().substring(5));
                        CardState state = items.get(index).state();
                        double dnow = Duration.between(EPOCH, now).toMillis() / 86_400_000.0;
                        double trueP = truths.get(index).recallProbability(dnow);
                        double predicted = scheduler.retrievabilityAt(state, now);
                        boolean recalled = truths.get(index).review(dnow);
                        introduced += state.isNew() ? 1 : 0;
                        if (state.isNew())
                            firstPass[index] = recalled;
                        String fp = firstPass[index] ? "first=pass" : "first=fail";
                        if (entry.reason() == QueueEntry.Reason.REVIEW_DUE) {
                            dayRevs[index]++;
                            st.add(fp + " dayrev", recalled, trueP, state.scheduledDays());
                            st.add("ALL dayrev lapses=" + Math.min(state.lapses(), 3), recalled, trueP,
                                    state.scheduledDays());
                            st.add("ALL dayrev#" + String.format("%02d", Math.min(dayRevs[index], 12)), recalled, trueP,
                                    state.scheduledDays());
                            st.add("ALL dayrev sched=" + bucket(state.scheduledDays()), recalled, trueP, predicted);
                            st.add("ALL q=" + String.format("%.1f",
                                    Math.min(1.6, Math.max(0.6, Math.round(truths.get(index).itemEase() * 5) / 5.0))),
                                    recalled, trueP, state.lapses());
                            if (state.difficulty() > 0) {
                                st.add("ALL fsrsD=" + (int) Math.round(state.difficulty()), recalled, trueP,
                                        state.scheduledDays());
                            } else {
                                st.add("ALL sm2ease=" + String.format("%.1f", state.ease()), recalled, trueP,
                                        state.scheduledDays());
                            }
                        } else if (entry.reason() == QueueEntry.Reason.STEP_DUE) {
                            st.add("ALL step " + state.phase(), recalled, trueP, 0);
                        } else {
                            st.add("ALL new", recalled, trueP, 0);
                        }
                        CardState next = scheduler.next(state, new Review(now, recalled ? Rating.GOOD : Rating.AGAIN),
                                ReviewContext.of(entry.item().itemId()));
                        items.set(index, new StudyItem(entry.item().itemId(), entry.item().moduleId(), false, next));
                        now = now.plus(Duration.ofSeconds(20));
                    }
                }
            }
        }
        for (int i = 0; i < ITEMS; i++)
            pairsByFirst[firstPass[i] ? 1 : 0]++;
    }

    private static String bucket(int d) {
        int[] b = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 366};
        for (int x : b)
            if (d <= x)
                return String.format("<=%03d", x);
        return ">366";
    }

    private static long mix(long seed, int learner, int item) {
        long z = seed * 0x9e3779b97f4a7c15L + learner * 0xbf58476d1ce4e5b9L + item * 0x94d049bb133111ebL;
        z = (z ^ (z >>> 31)) * 0xd6e8feb86659fd93L;
        return z ^ (z >>> 32);
    }
}
