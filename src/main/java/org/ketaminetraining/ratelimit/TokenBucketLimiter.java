package org.ketaminetraining.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A token bucket per key: each key may make {@code burst} requests at once, and then one more every
 * {@code period / permits} (for the public verification, a burst of 10 and 30 a minute, so one every 2 seconds).
 *
 * <p>Memory is bounded two ways. A key unseen for as long as its bucket takes to fill up again is forgotten: a new
 * bucket for it would be the same full bucket, so forgetting changes no answer. And the map never holds more than
 * {@code maxKeys} buckets: when a new key would exceed that, the least recently seen bucket is dropped even if it
 * is not yet full. That lets a key back in early only when someone floods the limiter with more distinct addresses
 * than {@code maxKeys} within one refill time, which is the trade for a heap that cannot be exhausted.
 *
 * <p>Time comes from the clock handed in; arithmetic is in whole milliseconds, so tests get exact answers.
 * Thread-safe: every call holds the limiter's lock for a few map operations.
 *
 * <p>Why not Bucket4j (measured with {@code bucket4j_jdk17-core} 8.14.0, the same limits, a clock-driven
 * {@code TimeMeter}, 10,000 keys): it decides the same (10 at once, then one every 2 seconds, the same waits), but
 * it is one bucket, not a map of them, so the bounded, self-forgetting map above stays ours either way; and a
 * Bucket4j bucket per key took about 415 bytes against 139 here (key and map entry counted in both), so the same
 * memory would remember a third as many clients. It would replace the 25 lines of {@code Bucket} with a 420 KB
 * jar.
 */
public final class TokenBucketLimiter {

    /** The public verification's budget per client address: 10 at once, then 30 a minute. */
    public static final int VERIFICATION_BURST = 10;
    public static final int VERIFICATION_PER_MINUTE = 30;
    /** About a megabyte of buckets at most. */
    public static final int VERIFICATION_MAX_KEYS = 10_000;

    private final Clock clock;
    private final int burst;
    private final long intervalMillis;
    private final long refillMillis;
    private final int maxKeys;
    /** Access order: the first entry is the least recently seen key. */
    private final LinkedHashMap<String, Bucket> buckets = new LinkedHashMap<>(16, 0.75f, true);

    /**
     * @param burst   requests a fresh key may make at once (the bucket's size)
     * @param permits requests added back per {@code period}
     * @param maxKeys the most keys remembered at once
     */
    public TokenBucketLimiter(Clock clock, int burst, int permits, Duration period, int maxKeys) {
        this.clock = Objects.requireNonNull(clock, "clock");
        if (burst < 1 || permits < 1 || maxKeys < 1) {
            throw new IllegalArgumentException("burst, permits and maxKeys must be at least 1");
        }
        this.intervalMillis = period.toMillis() / permits;
        if (intervalMillis < 1) {
            throw new IllegalArgumentException("at most one permit per millisecond");
        }
        this.burst = burst;
        this.refillMillis = intervalMillis * burst;
        this.maxKeys = maxKeys;
    }

    /** The limiter for the public verification page and API. */
    public static TokenBucketLimiter forVerification(Clock clock) {
        return new TokenBucketLimiter(clock, VERIFICATION_BURST, VERIFICATION_PER_MINUTE, Duration.ofMinutes(1),
                VERIFICATION_MAX_KEYS);
    }

    /** Whether the key may make a request now; if so, its bucket gives up one token. */
    public synchronized Decision tryAcquire(String key) {
        Objects.requireNonNull(key, "key");
        long now = clock.millis();
        forgetIdle(now);
        Bucket bucket = buckets.get(key);
        if (bucket == null) {
            bucket = new Bucket(burst, now);
            buckets.put(key, bucket);
            if (buckets.size() > maxKeys) {
                Iterator<String> eldest = buckets.keySet().iterator();
                eldest.next();
                eldest.remove();
            }
        }
        bucket.refill(now);
        bucket.lastSeen = now;
        if (bucket.tokens > 0) {
            bucket.tokens--;
            return Decision.ALLOWED;
        }
        return new Decision(false, Duration.ofMillis(intervalMillis - (now - bucket.refilledAt)));
    }

    /** How many keys are remembered now. */
    public synchronized int trackedKeys() {
        return buckets.size();
    }

    /** Drops, from the least recently seen on, every bucket that has had time to fill up again. */
    private void forgetIdle(long now) {
        Iterator<Map.Entry<String, Bucket>> eldestFirst = buckets.entrySet().iterator();
        while (eldestFirst.hasNext()) {
            Bucket bucket = eldestFirst.next().getValue();
            if (now - bucket.lastSeen < refillMillis) {
                return;
            }
            eldestFirst.remove();
        }
    }

    /**
     * The answer for one request.
     *
     * @param retryAfter when the key may try again; zero when allowed
     */
    public record Decision(boolean allowed, Duration retryAfter) {

        static final Decision ALLOWED = new Decision(true, Duration.ZERO);

        /** Whole seconds to wait, rounded up, as the HTTP Retry-After header takes them (at least 1 when refused). */
        public long retryAfterSeconds() {
            if (allowed) {
                return 0;
            }
            long millis = retryAfter.toMillis();
            return Math.max(1, (millis + 999) / 1000);
        }
    }

    private final class Bucket {
        private long tokens;
        private long refilledAt;
        private long lastSeen;

        Bucket(long tokens, long now) {
            this.tokens = tokens;
            this.refilledAt = now;
            this.lastSeen = now;
        }

        /** Adds the whole tokens earned since the last refill, keeping the remainder of a part-earned one. */
        void refill(long now) {
            if (now < refilledAt) {
                // The clock went back (a corrected system clock): start counting again from now.
                refilledAt = now;
                return;
            }
            long earned = (now - refilledAt) / intervalMillis;
            if (earned > 0) {
                tokens = Math.min(burst, tokens + earned);
                refilledAt = tokens == burst ? now : refilledAt + earned * intervalMillis;
            }
        }
    }
}
