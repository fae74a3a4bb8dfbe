package org.ketaminetraining.study;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.ketaminetraining.bank.model.Matching;
import org.ketaminetraining.bank.model.Ordering;
import org.ketaminetraining.bank.model.Question;

/**
 * The order in which a question's items are put on the screen, fixed by a seed so that a reload, a second tab or
 * a back button shows the same layout the learner was already working on. Element {@code k} of an order is the
 * authored position of the item shown in place {@code k}; answers are always stored in authored positions.
 *
 * <p>The seed is hashed with FNV-1a rather than {@link String#hashCode()} so that the layout cannot change with a
 * JDK and so that similar seeds (ids that differ in one character) do not give related orders.
 */
public final class DisplayOrder {

    private static final long FNV_OFFSET_BASIS = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private DisplayOrder() {
    }

    /**
     * A permutation of {@code 0..n-1} fixed by {@code seed} and {@code n}. For two or more items it is never the
     * identity, because for an ordering question the authored order is the answer and must not be shown as given.
     *
     * @throws IllegalArgumentException if {@code n} is negative
     */
    public static List<Integer> shuffled(String seed, int n) {
        Objects.requireNonNull(seed, "seed");
        if (n < 0) {
            throw new IllegalArgumentException("cannot shuffle " + n + " items");
        }
        List<Integer> order = new ArrayList<>(identity(n));
        SplittableRandom random = new SplittableRandom(fnv1a64(seed));
        for (int last = n - 1; last > 0; last--) {
            Collections.swap(order, last, random.nextInt(last + 1));
        }
        if (n >= 2 && order.equals(identity(n))) {
            // Rotate rather than draw again: one step, and the result still depends on nothing but (seed, n).
            Collections.rotate(order, -1);
        }
        return List.copyOf(order);
    }

    /**
     * The display order for {@code question}: shuffled items of an ordering question, shuffled right-hand answers
     * of a matching question, and the authored order for choice questions, whose bank already spreads the correct
     * option over the positions (shuffling would undo that balance). Types with nothing to arrange get an empty
     * list.
     */
    public static List<Integer> forQuestion(Question question, String seed) {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(seed, "seed");
        if (question.answer() instanceof Ordering ordering) {
            return shuffled(seed, ordering.items().size());
        }
        if (question.answer() instanceof Matching matching) {
            return shuffled(seed, matching.pairs().size());
        }
        return identity(question.answer().choiceOptions().size());
    }

    /** FNV-1a, 64 bits, over the UTF-8 bytes of {@code seed}. */
    static long fnv1a64(String seed) {
        long hash = FNV_OFFSET_BASIS;
        for (byte b : seed.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= FNV_PRIME;
        }
        return hash;
    }

    private static List<Integer> identity(int n) {
        return IntStream.range(0, n).boxed().toList();
    }
}
