package org.ketaminetraining.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PasswordWorkTest {

    @Test
    void neverMoreChecksAtOnceThanItsSlots() throws Exception {
        PasswordWork work = new PasswordWork(2, Duration.ofSeconds(30));
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                done.add(pool.submit(() -> {
                    try (PasswordWork.Slot turn = work.enter()) {
                        most.accumulateAndGet(running.incrementAndGet(), Math::max);
                        Thread.sleep(2);
                        running.decrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(most.get()).isEqualTo(2);
    }

    @Test
    void aCallerWithNoTurnWithinTheWaitIsToldBusyAndTheTurnComesBackWhenClosed() throws Exception {
        PasswordWork work = new PasswordWork(1, Duration.ofMillis(50));
        PasswordWork.Slot held = work.enter();
        long start = System.nanoTime();
        assertThatThrownBy(work::enter).isInstanceOf(PasswordWork.Busy.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(45));
        held.close();
        held.close(); // a second close gives nothing back twice
        try (PasswordWork.Slot again = work.enter()) {
            assertThat(again).isNotNull();
            assertThatThrownBy(work::enter).isInstanceOf(PasswordWork.Busy.class);
        }
    }

    @Test
    void waitingCallersAreCountedAndServedWhenATurnFrees() throws Exception {
        PasswordWork work = new PasswordWork(1, Duration.ofSeconds(30));
        PasswordWork.Slot held = work.enter();
        CountDownLatch served = new CountDownLatch(1);
        Thread waiter = new Thread(() -> {
            try (PasswordWork.Slot turn = work.enter()) {
                served.countDown();
            }
        });
        waiter.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (work.waiting() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        assertThat(work.waiting()).isEqualTo(1);
        assertThat(served.getCount()).isEqualTo(1);
        held.close();
        assertThat(served.await(10, TimeUnit.SECONDS)).isTrue();
        waiter.join(10_000);
    }

    @Test
    void halfTheProcessorsAndAtLeastOne() {
        assertThat(PasswordWork.forProcessors(1).concurrent()).isEqualTo(1);
        assertThat(PasswordWork.forProcessors(2).concurrent()).isEqualTo(1);
        assertThat(PasswordWork.forProcessors(8).concurrent()).isEqualTo(4);
        assertThatThrownBy(() -> new PasswordWork(0, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
