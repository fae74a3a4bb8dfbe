package org.ketaminetraining.insight.simulation;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.ketaminetraining.scheduling.CardState;
import org.ketaminetraining.scheduling.Rating;
import org.ketaminetraining.scheduling.Review;
import org.ketaminetraining.scheduling.ReviewContext;
import org.ketaminetraining.scheduling.Scheduler;
import org.ketaminetraining.scheduling.fsrs.FsrsParameters;
import org.ketaminetraining.scheduling.fsrs.MemoryModel;
import org.ketaminetraining.scheduling.fsrs.MemoryState;

/**
 * Simulated learners of one programme, for demo mode. Each learner has an ability and each item a difficulty (both
 * on a logistic scale): at first sight a learner is right with probability logistic(ability - difficulty); after that
 * their memory follows FSRS-6 with the default weights, its stability scaled by exp(0.35 ability - 0.3 difficulty),
 * so abler learners forget more slowly. They study on four days of five, a few new items a day, and answer every item
 * the given scheduler says is due; towards the end each takes the final assessment (the same number of items per module),
 * again after a failure, up to the programme's attempts. Flawed items ({@link SimulatedItem.Flaw}) behave as their defect says, so the demo's flags have something to
 * find. This is demo data, not a model of anyone: the real benchmarks are in the README.
 *
 * <p>Pure: the scheduler, the end instant and the seed are handed in; a learner's history depends only on them and
 * the learner's index, so learners can be made and stored one at a time.
 */
public final class SimulatedOrganisation {

    /**
     * The size of the simulation.
     *
     * @param maxAttempts a learner who fails the final assessment (below {@code passMark}) takes it again, a few
     *                    days later, up to this many attempts in all
     */
    public record Settings(int itemsPerLearner, int newItemsPerDay, int days, int attemptItemsPerModule,
            int maxAttempts, double passMark, long seed) {
        public Settings {
            if (itemsPerLearner < 1 || newItemsPerDay < 1 || days < 30 || attemptItemsPerModule < 1
                    || maxAttempts < 1 || !(passMark > 0 && passMark <= 1)) {
                throw new IllegalArgumentException("need items, new items per day, at least 30 days, attempt items, "
                        + "attempts and a pass mark in (0, 1]");
            }
        }
    }

    /** One simulated learner's history. */
    public record Learner(int index, double ability, List<SimulatedAnswer> answers,
            List<SimulatedAttempt> attempts) {
        public Learner {
            answers = List.copyOf(answers);
            attempts = List.copyOf(attempts);
        }
    }

    private static final double ABILITY_MEMORY = 0.35;
    private static final double DIFFICULTY_MEMORY = 0.3;
    /** A learner's session ends this long after it starts; learning steps due later wait for the next day. */
    private static final Duration SESSION = Duration.ofHours(2);

    private final List<SimulatedItem> items;
    private final Scheduler scheduler;
    private final MemoryModel truth = new MemoryModel(FsrsParameters.DEFAULT);
    private final Settings settings;
    private final Map<String, List<Integer>> itemsByModule = new TreeMap<>();

    public SimulatedOrganisation(List<SimulatedItem> items, Scheduler scheduler, Settings settings) {
        this.items = List.copyOf(items);
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.settings = Objects.requireNonNull(settings, "settings");
        if (this.items.isEmpty()) {
            throw new IllegalArgumentException("no items to simulate");
        }
        for (int i = 0; i < this.items.size(); i++) {
            itemsByModule.computeIfAbsent(this.items.get(i).moduleKey(), k -> new ArrayList<>()).add(i);
        }
    }

    /** Learner {@code index}'s history up to {@code end}. */
    public Learner learner(int index, Instant end) {
        SplittableRandom random = new SplittableRandom(settings.seed() * 1_000_003L + index);
        double ability = gaussian(random);
        Instant first = end.truncatedTo(ChronoUnit.DAYS).minus(Duration.ofDays(settings.days() - random.nextInt(30)));
        List<Integer> order = shuffled(random, items.size());
        List<Integer> studied = order.subList(0, Math.min(settings.itemsPerLearner(), order.size()));
        Map<Integer, CardState> states = new HashMap<>();
        Map<Integer, MemoryState> memories = new HashMap<>();
        Map<Integer, Instant> lastSeen = new HashMap<>();
        List<SimulatedAnswer> answers = new ArrayList<>();
        int introduced = 0;
        for (Instant day = first; day.isBefore(end); day = day.plus(Duration.ofDays(1))) {
            if (random.nextInt(5) == 0) {
                continue;
            }
            Instant clock = day.plus(Duration.ofMinutes(7 * 60 + random.nextInt(10 * 60)));
            Instant sessionEnd = clock.plus(SESSION);
            for (int n = 0; n < settings.newItemsPerDay() && introduced < studied.size(); n++, introduced++) {
                clock = answer(random, ability, studied.get(introduced), clock, states, memories, lastSeen, answers);
            }
            while (true) {
                Integer next = null;
                Instant due = null;
                for (Map.Entry<Integer, CardState> entry : states.entrySet()) {
                    Instant itemDue = entry.getValue().due();
                    if (itemDue != null && !itemDue.isAfter(sessionEnd) && (due == null || itemDue.isBefore(due))) {
                        due = itemDue;
                        next = entry.getKey();
                    }
                }
                if (next == null || !clock.isBefore(end)) {
                    break;
                }
                clock = answer(random, ability, next, due.isAfter(clock) ? due : clock, states, memories, lastSeen,
                        answers);
            }
        }
        return new Learner(index, ability, answers, attempts(random, ability, end, memories, lastSeen));
    }

    /** The final attempt, and retakes after each failure, oldest first; none for a learner who studied little. */
    private List<SimulatedAttempt> attempts(SplittableRandom random, double ability, Instant end,
            Map<Integer, MemoryState> memories, Map<Integer, Instant> lastSeen) {
        if (memories.size() < Math.min(10, settings.itemsPerLearner())) {
            return List.of();
        }
        List<SimulatedAttempt> attempts = new ArrayList<>();
        // Attempts a few days apart, the last one within the final days before the end.
        Instant started = end.minus(Duration.ofDays(4L * settings.maxAttempts()))
                .plus(Duration.ofHours(random.nextInt(48)));
        for (int n = 0; n < settings.maxAttempts(); n++) {
            SimulatedAttempt attempt = attempt(random, ability, started, memories, lastSeen);
            attempts.add(attempt);
            if ((double) attempt.correctCount() / attempt.answers().size() >= settings.passMark()) {
                break;
            }
            started = started.plus(Duration.ofDays(3)).plus(Duration.ofHours(random.nextInt(24)));
        }
        return attempts;
    }

    private Instant answer(SplittableRandom random, double ability, int itemIndex, Instant at,
            Map<Integer, CardState> states, Map<Integer, MemoryState> memories, Map<Integer, Instant> lastSeen,
            List<SimulatedAnswer> answers) {
        SimulatedItem item = items.get(itemIndex);
        MemoryState memory = memories.get(itemIndex);
        double p = memory == null ? firstSight(ability, item)
                : recall(ability, item, memory, Duration.between(lastSeen.get(itemIndex), at));
        boolean correct = flawed(random, ability, item).orElseGet(() -> random.nextDouble() < p);
        boolean sure = confident(random, ability, item, correct);
        Rating rating = !correct ? Rating.AGAIN : sure || random.nextInt(3) > 0 ? Rating.GOOD : Rating.HARD;
        long millis = Math.round(Math.exp(Math.log(12_000) + 0.5 * gaussian(random)));
        Instant answeredAt = at.plusMillis(millis);
        CardState before = states.getOrDefault(itemIndex, CardState.NEW);
        CardState after = scheduler.next(before, new Review(answeredAt, rating), ReviewContext.of("simulated:"
                + item.key()));
        double elapsed = memory == null ? 0 : Duration.between(lastSeen.get(itemIndex), answeredAt).toHours() / 24.0;
        memories.put(itemIndex, memory == null ? truth.initial(rating) : truth.next(memory, Math.floor(elapsed),
                rating));
        lastSeen.put(itemIndex, answeredAt);
        states.put(itemIndex, after);
        answers.add(new SimulatedAnswer(itemIndex, at, answeredAt, correct, rating, sure, millis,
                chosen(random, ability, item, correct), before.isNew(), after));
        return answeredAt.plusSeconds(2);
    }

    private SimulatedAttempt attempt(SplittableRandom random, double ability, Instant started,
            Map<Integer, MemoryState> memories, Map<Integer, Instant> lastSeen) {
        List<SimulatedAttempt.Answer> answers = new ArrayList<>();
        for (List<Integer> module : itemsByModule.values()) {
            List<Integer> drawn = shuffled(random, module.size());
            for (int i = 0; i < Math.min(settings.attemptItemsPerModule(), drawn.size()); i++) {
                int itemIndex = module.get(drawn.get(i));
                SimulatedItem item = items.get(itemIndex);
                MemoryState memory = memories.get(itemIndex);
                double p = memory == null || lastSeen.get(itemIndex).isAfter(started) ? firstSight(ability, item)
                        : 0.15 + 0.85 * recall(ability, item, memory, Duration.between(lastSeen.get(itemIndex),
                                started));
                boolean correct = flawed(random, ability, item).orElseGet(() -> random.nextDouble() < p);
                answers.add(new SimulatedAttempt.Answer(itemIndex, correct, chosen(random, ability, item, correct)));
            }
        }
        return new SimulatedAttempt(started, started.plus(Duration.ofMinutes(20 + random.nextInt(30))), answers);
    }

    private static double firstSight(double ability, SimulatedItem item) {
        return logistic(ability - item.difficulty());
    }

    private double recall(double ability, SimulatedItem item, MemoryState memory, Duration since) {
        double days = Math.max(0, since.toHours() / 24.0);
        double stability = memory.stability() * Math.exp(ABILITY_MEMORY * ability
                - DIFFICULTY_MEMORY * item.difficulty());
        return truth.retrievability(days, stability);
    }

    /** The outcome a flawed item forces, if it is flawed. */
    private static Optional<Boolean> flawed(SplittableRandom random, double ability, SimulatedItem item) {
        return switch (item.flaw()) {
            case NONE -> Optional.empty();
            case MISCONCEPTION -> Optional.of(random.nextDouble() < 0.45);
            case REVERSED -> Optional.of(random.nextDouble() < logistic(-1.5 * ability - 0.2));
            case TOO_EASY -> Optional.of(true);
        };
    }

    private static boolean confident(SplittableRandom random, double ability, SimulatedItem item, boolean correct) {
        if (item.flaw() == SimulatedItem.Flaw.MISCONCEPTION && !correct) {
            return random.nextDouble() < 0.8;
        }
        return random.nextDouble() < (correct ? 0.3 + 0.4 * logistic(ability) : 0.04);
    }

    /** The answer given: the key when right; when wrong, a distractor (the first one most often). */
    private static List<Integer> chosen(SplittableRandom random, double ability, SimulatedItem item, boolean right) {
        if (!item.choice()) {
            boolean value = right == item.trueFalseAnswer();
            return List.of(value ? 1 : 0);
        }
        if (right) {
            return item.keyOptions().stream().sorted().toList();
        }
        List<Integer> distractors = new ArrayList<>();
        for (int i = 0; i < item.options(); i++) {
            if (!item.keyOptions().contains(i)) {
                distractors.add(i);
            }
        }
        if (distractors.isEmpty()) {
            return List.of();
        }
        boolean plausible = item.flaw() != SimulatedItem.Flaw.NONE || random.nextInt(2) == 0;
        int distractor = plausible ? distractors.get(0) : distractors.get(random.nextInt(distractors.size()));
        if (item.keyOptions().size() == 1) {
            return List.of(distractor);
        }
        // A multiple-response item answered wrongly: the key with one of its options swapped for a distractor.
        List<Integer> answer = new ArrayList<>(item.keyOptions().stream().sorted().toList());
        answer.remove(random.nextInt(answer.size()));
        answer.add(distractor);
        return answer.stream().sorted().toList();
    }

    private static List<Integer> shuffled(SplittableRandom random, int size) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            order.add(i);
        }
        for (int i = size - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            Integer swap = order.get(i);
            order.set(i, order.get(j));
            order.set(j, swap);
        }
        return order;
    }

    private static double gaussian(SplittableRandom random) {
        // Box-Muller: SplittableRandom has no nextGaussian on Java 17.
        double u = 1 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    private static double logistic(double x) {
        return 1 / (1 + Math.exp(-x));
    }
}
