package org.ketaminetraining.it.durability;

import java.io.IOException;
import java.net.ConnectException;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.ketaminetraining.it.WebClient;
import org.ketaminetraining.it.WebClient.Answer;

/**
 * One trainee's thread: signs in, does one step of work after another, and when the server goes away (a failed
 * request) waits for the restart and signs in again, since the session died with the JVM. What a step means, and
 * what a lost request means for the answer it carried, is up to the subclass.
 */
abstract class Trainee implements Runnable {

    /** The outcome of a form post: the answer never left (no connection), or the page that came back, or none. */
    enum Sent {
        NOT_SENT, LOST, ARRIVED
    }

    record Post(Sent sent, Answer page) {
    }

    final String username;
    final int number;
    final Ledger ledger;
    final AnswerForms forms;
    final Random random;
    private final TraineeAccounts accounts;
    private final ServerGate gate;
    private WebClient web;
    private volatile Throwable failure;
    /** Set after a lost connection: the next page seen is the first after a restart (or after a hiccup). */
    boolean reconnected;

    Trainee(String username, int number, TraineeAccounts accounts, ServerGate gate, Ledger ledger, AnswerForms forms,
            long seed) {
        this.username = username;
        this.number = number;
        this.accounts = accounts;
        this.gate = gate;
        this.ledger = ledger;
        this.forms = forms;
        this.random = new Random(seed);
    }

    @Override
    public final void run() {
        try {
            while (gate.awaitOpen()) {
                try {
                    connect();
                    step();
                } catch (IOException e) {
                    web = null;
                    reconnected = true;
                    Thread.sleep(100);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Throwable t) {
            failure = t;
            ledger.problem(username + " stopped: " + t);
        }
    }

    /** One request or a few; IOException when the server is gone. */
    abstract void step() throws IOException, InterruptedException;

    Optional<Throwable> failure() {
        return Optional.ofNullable(failure);
    }

    /** Signs in when the session is gone (the first step, or after a restart). */
    void connect() throws IOException, InterruptedException {
        if (web == null) {
            web = accounts.signedIn(username, number);
        }
    }

    Document get(String path) throws IOException, InterruptedException {
        return web.get(path).page();
    }

    Answer getAnswer(String path) throws IOException, InterruptedException {
        return web.get(path);
    }

    /**
     * Posts a form as a browser would and follows the redirect to the rendered result. NOT_SENT only when no
     * connection could be made (so the server cannot have received the request); LOST when the request may have
     * reached the server but no complete answer came back.
     */
    Post post(Element form, Map<String, String> values) throws InterruptedException {
        Answer posted;
        try {
            posted = web.submit(form, values, WebClient.SAME_ORIGIN);
        } catch (ConnectException e) {
            return new Post(Sent.NOT_SENT, null);
        } catch (IOException e) {
            return new Post(Sent.LOST, null);
        }
        try {
            return new Post(Sent.ARRIVED, web.follow(posted));
        } catch (IOException e) {
            return new Post(Sent.LOST, null);
        }
    }

    /** A short random pause, as a person reads: a kill often lands while a question is on screen. */
    void think() throws InterruptedException {
        Thread.sleep(random.nextInt(60));
    }

    /** After a lost post: signs in anew on the next step. */
    static IOException lost() {
        return new IOException("the server went away");
    }
}
