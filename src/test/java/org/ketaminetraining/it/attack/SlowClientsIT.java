package org.ketaminetraining.it.attack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.ketaminetraining.it.Browser;

/**
 * Clients that hold connections open: 50 that send a form post's headers and then its body one byte every two
 * seconds, and one that connects and sends nothing. Meanwhile everyone else is answered as quickly as ever, and
 * the silent connection is closed by the server after its read timeout (server.xml's httpOptions). Without
 * server.xml's executor setting the 50 trickling clients held every request thread and a sign-in page waited more
 * than 10 s (the test failed); without its timeouts the silent connection stayed open for more than 100 s.
 */
class SlowClientsIT {

    private static final int SLOW_CLIENTS = 50;
    /**
     * When the server closes a connection that sent nothing: two of server.xml's 15 s read periods (measured 30 s;
     * more than 100 s with Liberty's defaults), and what the test allows beyond that on a loaded shared machine.
     */
    private static final Duration SILENT_CLOSED = Duration.ofSeconds(30);
    private static final Duration MARGIN = Duration.ofSeconds(10);

    @Test
    void fiftySlowClientsHoldNoOneElseUpAndASilentOneIsClosed() throws Exception {
        URI base = URI.create(Browser.baseUrl());
        long silentSince = System.nanoTime();
        Socket silent = connect(base);
        CompletableFuture<Long> silentClosedAfter = CompletableFuture.supplyAsync(() -> closedAfter(silent,
                silentSince));

        List<Socket> slow = Collections.synchronizedList(new ArrayList<>());
        try {
            for (int i = 0; i < SLOW_CLIENTS; i++) {
                Socket socket = connect(base);
                OutputStream out = socket.getOutputStream();
                out.write(("POST /login?-1.-form HTTP/1.1\r\nHost: " + base.getAuthority()
                        + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n"
                        + "X-Forwarded-For: 10.26.0." + (i + 1) + "\r\nSec-Fetch-Site: same-origin\r\n\r\nu")
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                slow.add(socket);
            }
            Thread trickle = new Thread(() -> trickle(slow), "trickle");
            trickle.start();
            List<Long> millis = timeOthers(base);
            trickle.interrupt();
            long worst = Collections.max(millis);
            System.out.println("[attack] with " + SLOW_CLIENTS + " slow clients, other requests took " + millis
                    + " ms");
            assertThat(worst).as("the slowest other request while " + SLOW_CLIENTS + " clients trickle")
                    .isLessThan(Refusals.QUICK_MILLIS);
        } finally {
            for (Socket socket : slow) {
                socket.close();
            }
        }

        long closedMillis = silentClosedAfter.get();
        System.out.println("[attack] a client that sent nothing was disconnected after " + closedMillis + " ms");
        assertThat(closedMillis).as("the silent connection closed by the server")
                .isLessThan(SILENT_CLOSED.plus(MARGIN).toMillis());
    }

    /** Sign-in pages and collector posts from other clients, one after another, for about eight seconds. */
    private static List<Long> timeOthers(URI base) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<Long> millis = new ArrayList<>();
        long until = System.nanoTime() + Duration.ofSeconds(8).toNanos();
        while (System.nanoTime() < until) {
            long started = System.nanoTime();
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(base.resolve("/login"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            millis.add((System.nanoTime() - started) / 1_000_000);
            Thread.sleep(250);
        }
        return millis;
    }

    /** One more byte of each slow body every two seconds, until interrupted. */
    private static void trickle(List<Socket> slow) {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Thread.sleep(2_000);
                for (Socket socket : slow) {
                    try {
                        socket.getOutputStream().write('x');
                        socket.getOutputStream().flush();
                    } catch (IOException closedByServer) {
                        // The server may give up on a slow body: that is allowed too.
                    }
                }
            }
        } catch (InterruptedException done) {
            Thread.currentThread().interrupt();
        }
    }

    private static Socket connect(URI base) throws IOException {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5_000);
        return socket;
    }

    /** Milliseconds from {@code since} until the server closed the socket (it is never written to). */
    private static long closedAfter(Socket socket, long since) {
        try (socket) {
            socket.setSoTimeout((int) SILENT_CLOSED.plus(MARGIN).toMillis());
            InputStream in = socket.getInputStream();
            while (in.read() >= 0) {
                // Whatever the server sends before closing (a 408) is read and dropped.
            }
        } catch (SocketTimeoutException stillOpen) {
            return Long.MAX_VALUE;
        } catch (IOException reset) {
            // A reset is a close too.
        }
        return (System.nanoTime() - since) / 1_000_000;
    }
}
