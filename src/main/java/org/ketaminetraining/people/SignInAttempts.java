package org.ketaminetraining.people;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * The recent sign-in attempts per client address ({@link AddressFailureLimit}) and per account and address
 * ({@link SignInBackoff}), kept in memory.
 *
 * <p>Every attempt is counted when it is admitted, before the password is checked, and handed back when it turns
 * out to be a success: so a burst of requests sent at once cannot all slip past the check while the first ones
 * are still hashing. Accounts are named by the username as typed (trimmed, lower case), whether or not it exists,
 * so the answers reveal nothing about which accounts exist.
 *
 * <p>Memory is bounded: an address is forgotten once its budget is whole again, a pair a day after its last
 * failure, and neither map holds more than its maximum. Past that, Caffeine's frequency-aware eviction drops keys
 * seen rarely before keys seen often, so someone flooding the maps with fresh addresses mostly evicts their own
 * one-off entries. This state lives in one server's memory; the scale-out issue will move it to the database so
 * that every server shares it (today a restart forgets it, which the account-wide ceiling in the database does
 * not).
 *
 * <p>Time comes from the clock handed in. Thread-safe: each key's update is atomic.
 */
public final class SignInAttempts {

    /** About 5 MB of addresses at most (measured: about 240 bytes an entry with an IPv6 key). */
    public static final int MAX_ADDRESSES = 20_000;
    /** About 12 MB of account-and-address pairs at most. */
    public static final int MAX_PAIRS = 50_000;

    private final Clock clock;
    private final AddressFailureLimit addressLimit;
    private final SignInBackoff backoff;
    private final Cache<String, Instant> addresses;
    private final Cache<Pair, Failures> pairs;

    public SignInAttempts(Clock clock, AddressFailureLimit addressLimit, SignInBackoff backoff, int maxAddresses,
            int maxPairs) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.addressLimit = Objects.requireNonNull(addressLimit, "addressLimit");
        this.backoff = Objects.requireNonNull(backoff, "backoff");
        if (maxAddresses < 1 || maxPairs < 1) {
            throw new IllegalArgumentException("maxAddresses and maxPairs must be at least 1");
        }
        this.addresses = Caffeine.newBuilder()
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                // Evictions happen in the calling thread, so a test sees them at once.
                .executor(Runnable::run)
                .maximumSize(maxAddresses)
                .expireAfter(Expiry.writing((String key, Instant spentUntil) -> untilOrZero(spentUntil)))
                .build();
        this.pairs = Caffeine.newBuilder()
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .executor(Runnable::run)
                .maximumSize(maxPairs)
                .expireAfter(Expiry.writing((Pair key, Failures f) -> untilOrZero(f.last().plus(backoff.memory()))))
                .build();
    }

    /** The standard limits with the standard bounds. */
    public static SignInAttempts standard(Clock clock) {
        return new SignInAttempts(clock, AddressFailureLimit.STANDARD, SignInBackoff.STANDARD, MAX_ADDRESSES,
                MAX_PAIRS);
    }

    /**
     * Whether an attempt from this address on this username may go ahead, counting it if so. A throttled address
     * is refused before anything else and the attempt is not counted again; an attempt held off by the pair's
     * delay still counts against the address.
     */
    public Admission admit(String addressKey, String username) {
        Objects.requireNonNull(addressKey, "addressKey");
        Instant now = clock.instant();
        Duration[] wait = {Duration.ZERO};
        boolean[] exhausted = {false};
        addresses.asMap().compute(addressKey, (key, spentUntil) -> {
            Duration before = addressLimit.waitBefore(spentUntil, now);
            if (!before.isZero()) {
                wait[0] = before;
                return spentUntil;
            }
            Instant after = addressLimit.afterAttempt(spentUntil, now);
            exhausted[0] = !addressLimit.waitBefore(after, now).isZero();
            return after;
        });
        if (!wait[0].isZero()) {
            return new Admission(Verdict.THROTTLED, wait[0], false);
        }
        boolean[] heldOff = {false};
        pairs.asMap().compute(new Pair(addressKey, normalise(username)), (key, failures) -> {
            if (failures == null || backoff.forgets(failures.last(), now)) {
                return new Failures(1, now);
            }
            if (now.isBefore(backoff.nextAttemptAt(failures.inARow(), failures.last()))) {
                heldOff[0] = true;
                return failures;
            }
            return new Failures(failures.inARow() + 1, now);
        });
        return new Admission(heldOff[0] ? Verdict.HELD_OFF : Verdict.PROCEED, Duration.ZERO, exhausted[0]);
    }

    /** An admitted attempt signed in: it costs the address nothing and the pair starts counting again. */
    public void succeeded(String addressKey, String username) {
        Objects.requireNonNull(addressKey, "addressKey");
        Instant now = clock.instant();
        addresses.asMap().computeIfPresent(addressKey, (key, spentUntil) -> addressLimit.afterRefund(spentUntil,
                now));
        pairs.invalidate(new Pair(addressKey, normalise(username)));
    }

    /** How many addresses and pairs are remembered now (after dropping the expired and the evicted). */
    public long trackedKeys() {
        addresses.cleanUp();
        pairs.cleanUp();
        return addresses.estimatedSize() + pairs.estimatedSize();
    }

    private Duration untilOrZero(Instant end) {
        Duration left = Duration.between(clock.instant(), end);
        return left.isNegative() ? Duration.ZERO : left;
    }

    private static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    /** What to do with an attempt. */
    public enum Verdict {
        /** Check the password. */
        PROCEED,
        /** Refuse like a wrong password, whatever the password: this address is waiting out this account's delay. */
        HELD_OFF,
        /** Refuse and say the address must wait: it has used up its budget of failures. */
        THROTTLED
    }

    /**
     * The answer for one attempt.
     *
     * @param retryAfter      how long a throttled address must wait; zero otherwise
     * @param exhaustedBudget true when this attempt used the address's last allowance (worth one log line)
     */
    public record Admission(Verdict verdict, Duration retryAfter, boolean exhaustedBudget) {
    }

    private record Pair(String addressKey, String username) {
    }

    private record Failures(int inARow, Instant last) {
    }
}
