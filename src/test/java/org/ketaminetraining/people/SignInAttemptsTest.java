package org.ketaminetraining.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.ketaminetraining.people.SignInAttempts.Verdict;
import org.ketaminetraining.study.fixtures.SteppingClock;

class SignInAttemptsTest {

    private final SteppingClock clock = new SteppingClock(Instant.parse("2026-11-27T10:00:00Z"));
    private final SignInAttempts attempts = SignInAttempts.standard(clock);

    @Test
    void anAddressIsThrottledAfterTenFailuresWhateverAccountsItNames() {
        for (int i = 0; i < 10; i++) {
            SignInAttempts.Admission admission = attempts.admit("198.51.100.7", "user" + i);
            assertThat(admission.verdict()).as("attempt %d", i + 1).isEqualTo(Verdict.PROCEED);
            assertThat(admission.exhaustedBudget()).isEqualTo(i == 9);
        }
        SignInAttempts.Admission refused = attempts.admit("198.51.100.7", "someone-else");
        assertThat(refused.verdict()).isEqualTo(Verdict.THROTTLED);
        assertThat(refused.retryAfter()).isEqualTo(Duration.ofSeconds(30));
        // Another address is not affected, and the throttled one may try again once a slot has come back.
        assertThat(attempts.admit("198.51.100.8", "user0").verdict()).isEqualTo(Verdict.PROCEED);
        clock.advance(Duration.ofSeconds(30));
        assertThat(attempts.admit("198.51.100.7", "someone-else").verdict()).isEqualTo(Verdict.PROCEED);
        assertThat(attempts.admit("198.51.100.7", "someone-else").verdict()).isEqualTo(Verdict.THROTTLED);
    }

    @Test
    void successesCostTheAddressNothing() {
        for (int i = 0; i < 100; i++) {
            assertThat(attempts.admit("203.0.113.1", "nurse" + i).verdict()).isEqualTo(Verdict.PROCEED);
            attempts.succeeded("203.0.113.1", "nurse" + i);
        }
    }

    @Test
    void afterFiveFailuresTheAttackersAddressWaitsWhileTheOwnersAddressSignsIn() {
        for (int i = 0; i < 5; i++) {
            assertThat(attempts.admit("198.51.100.7", "trainee").verdict()).isEqualTo(Verdict.PROCEED);
        }
        // The sixth attempt from that address waits a minute, whatever the password.
        assertThat(attempts.admit("198.51.100.7", "trainee").verdict()).isEqualTo(Verdict.HELD_OFF);
        assertThat(attempts.admit("198.51.100.7", " Trainee ").verdict()).isEqualTo(Verdict.HELD_OFF);
        // The owner elsewhere is not slowed at all.
        assertThat(attempts.admit("203.0.113.1", "trainee").verdict()).isEqualTo(Verdict.PROCEED);
        attempts.succeeded("203.0.113.1", "trainee");

        clock.advance(Duration.ofMinutes(1));
        assertThat(attempts.admit("198.51.100.7", "trainee").verdict()).isEqualTo(Verdict.PROCEED);
        // That was the sixth failure: the next one waits two minutes.
        clock.advance(Duration.ofSeconds(119));
        assertThat(attempts.admit("198.51.100.7", "trainee").verdict()).isEqualTo(Verdict.HELD_OFF);
        clock.advance(Duration.ofSeconds(1));
        assertThat(attempts.admit("198.51.100.7", "trainee").verdict()).isEqualTo(Verdict.PROCEED);
    }

    @Test
    void aHeldOffAttemptStillCountsAgainstTheAddressButDoesNotLengthenTheDelay() {
        for (int i = 0; i < 5; i++) {
            attempts.admit("198.51.100.7", "trainee");
        }
        for (int i = 0; i < 5; i++) {
            assertThat(attempts.admit("198.51.100.7", "trainee").verdict()).isEqualTo(Verdict.HELD_OFF);
        }
        assertThat(attempts.admit("198.51.100.7", "trainee").verdict()).isEqualTo(Verdict.THROTTLED);
        clock.advance(Duration.ofMinutes(5));
        // A minute after the fifth failure, not after the held-off attempts.
        assertThat(attempts.admit("198.51.100.7", "trainee").verdict()).isEqualTo(Verdict.PROCEED);
    }

    @Test
    void aSuccessStartsThePairAgain() {
        for (int i = 0; i < 4; i++) {
            attempts.admit("198.51.100.7", "trainee");
        }
        attempts.admit("198.51.100.7", "trainee");
        attempts.succeeded("198.51.100.7", "trainee");
        for (int i = 0; i < 4; i++) {
            assertThat(attempts.admit("198.51.100.7", "trainee").verdict()).isEqualTo(Verdict.PROCEED);
        }
    }

    @Test
    void aPatientGuesserIsNotForgottenBetweenAttempts() {
        for (int i = 0; i < 5; i++) {
            attempts.admit("198.51.100.7", "trainee");
        }
        // Trying every 15 minutes for six hours: each attempt lands once the (capped) delay has passed, and the
        // pair is never forgotten in between, so an attempt right after one of them is still held off.
        int admitted = 0;
        for (int i = 0; i < 24; i++) {
            clock.advance(Duration.ofMinutes(15));
            if (attempts.admit("198.51.100.7", "trainee").verdict() == Verdict.PROCEED) {
                admitted++;
            }
        }
        assertThat(admitted).isEqualTo(24);
        assertThat(attempts.admit("198.51.100.7", "trainee").verdict()).isEqualTo(Verdict.HELD_OFF);
    }

    @Test
    void aDayOfQuietForgetsTheAddressAndThePair() {
        for (int i = 0; i < 10; i++) {
            attempts.admit("198.51.100.7", "trainee");
        }
        assertThat(attempts.trackedKeys()).isEqualTo(2);
        clock.advance(Duration.ofMinutes(5));
        assertThat(attempts.trackedKeys()).isEqualTo(1);
        clock.advance(Duration.ofHours(24));
        assertThat(attempts.trackedKeys()).isZero();
        assertThat(attempts.admit("198.51.100.7", "trainee").verdict()).isEqualTo(Verdict.PROCEED);
    }

    @Test
    void memoryStaysBoundedWhenAddressesRotate() {
        SignInAttempts small = new SignInAttempts(clock, AddressFailureLimit.STANDARD, SignInBackoff.STANDARD, 100,
                200);
        for (int i = 0; i < 5_000; i++) {
            small.admit("2001:db8:" + Integer.toHexString(i) + "::/64", "user" + (i % 7));
        }
        assertThat(small.trackedKeys()).isLessThanOrEqualTo(300);
    }
}
