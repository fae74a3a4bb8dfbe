package org.ketaminetraining.it.attack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

/**
 * Times refusals, asserts each was quick, and prints the figure ("[attack] ... refused in N ms" in the failsafe
 * report), which the README quotes.
 */
final class Refusals {

    /**
     * A refusal is "at once" below this. Typical refusals take 10 to 300 ms; on the shared 2-core machine at a load
     * average of 10 to 14 the first requests after the server's start (cold code) took up to 4.2 s. What this
     * guards against is minutes (an unbounded number converter took half an hour for a megabyte).
     */
    static final long QUICK_MILLIS = 5_000;

    private Refusals() {
    }

    interface Call {
        HttpResponse<String> send() throws Exception;
    }

    record Timed(HttpResponse<String> response, long millis) {
    }

    static Timed time(Call call) throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> response = call.send();
        return new Timed(response, (System.nanoTime() - started) / 1_000_000);
    }

    /** The answer had exactly this status, came quickly, and the figure is printed. */
    static void assertRefused(String what, int status, Timed timed) {
        assertThat(timed.response().statusCode()).as(what + ": " + timed.response().body()).isEqualTo(status);
        record(what, timed.millis());
    }

    static void record(String what, long millis) {
        System.out.println("[attack] " + what + " refused in " + millis + " ms");
        assertThat(millis).as(what + " refused in milliseconds").isLessThan(QUICK_MILLIS);
    }
}
