package org.ketaminetraining.it.durability;

/**
 * Tells the trainees' threads whether the server may be asked: closed just before a kill and until the restarted
 * server is ready, so that a client whose request failed waits for the restart instead of hammering a dead port;
 * finished when the run is over.
 */
final class ServerGate {

    private boolean open;
    private boolean finished;

    synchronized void open() {
        open = true;
        notifyAll();
    }

    synchronized void close() {
        open = false;
    }

    synchronized void finish() {
        finished = true;
        notifyAll();
    }

    synchronized boolean finished() {
        return finished;
    }

    /** Waits until the server is up; false when the run finished meanwhile. */
    synchronized boolean awaitOpen() throws InterruptedException {
        while (!open && !finished) {
            wait();
        }
        return !finished;
    }
}
