package org.ketaminetraining.people;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * A bound on how many password checks run at once. A check costs about 70 ms of CPU by design (210,000 PBKDF2
 * iterations); 500 people signing in within a minute at a shift change would otherwise take every core, and the
 * people already studying would wait behind them. With at most {@code concurrent} checks at a time the other cores
 * stay free for everything else, and a sign-in queues in arrival order (a fair semaphore) for at most
 * {@code maxWait}, after which it is told the server is busy rather than kept waiting without end.
 */
public final class PasswordWork {

    private final int concurrent;
    private final Semaphore slots;
    private final Duration maxWait;

    public PasswordWork(int concurrent, Duration maxWait) {
        if (concurrent < 1) {
            throw new IllegalArgumentException("concurrent must be at least 1, was " + concurrent);
        }
        this.concurrent = concurrent;
        this.slots = new Semaphore(concurrent, true);
        this.maxWait = Objects.requireNonNull(maxWait, "maxWait");
    }

    /** Half the processors (at least one) for password checks, each waiting at most 10 seconds for its turn. */
    public static PasswordWork forProcessors(int processors) {
        return new PasswordWork(Math.max(1, processors / 2), Duration.ofSeconds(10));
    }

    /** How many checks may run at once. */
    public int concurrent() {
        return concurrent;
    }

    /** How long a refused caller should wait before trying again. */
    public Duration retryAfter() {
        return maxWait;
    }

    /**
     * Waits for a turn; close the slot when the checking is done.
     *
     * @throws Busy when no turn came within the maximum wait
     */
    public Slot enter() {
        try {
            if (!slots.tryAcquire(maxWait.toNanos(), TimeUnit.NANOSECONDS)) {
                throw new Busy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Busy();
        }
        return new Slot(slots);
    }

    /** How many callers are waiting for a turn now (for logs and measurements). */
    public int waiting() {
        return slots.getQueueLength();
    }

    /** A turn to check passwords; closing it more than once gives the turn back once. */
    public static final class Slot implements AutoCloseable {
        private Semaphore slots;

        private Slot(Semaphore slots) {
            this.slots = slots;
        }

        @Override
        public void close() {
            if (slots != null) {
                slots.release();
                slots = null;
            }
        }
    }

    /** No turn came within the maximum wait: nothing was checked and nothing counted. */
    public static final class Busy extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Busy() {
            super("too many password checks are waiting");
        }
    }
}
