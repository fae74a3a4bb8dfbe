package org.ketaminetraining.load;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Samples the server process from outside (it runs on the same machine): its CPU time from {@code /proc/PID/stat},
 * resident memory and thread count from {@code /proc/PID/status}, beside the number of answers the simulation has
 * had acknowledged, every few seconds, into a CSV file. CPU per answer is then the CPU the server spent in a
 * window divided by the answers acknowledged in it: measured at the process, so it counts everything an answer
 * costs (rendering, the page store, the database, garbage collection), not only the request threads' time.
 */
final class ServerSampler implements Runnable {

    /** One reading: seconds since the start, the server's CPU seconds, answers so far, RSS in MB, threads. */
    record Sample(double at, double cpuSeconds, long answers, long rssMb, long threads) {
    }

    private final long pid;
    private final AtomicLong answers;
    private final Path csv;
    private final long intervalMillis;
    private final List<Sample> samples = new ArrayList<>();
    private final long startNanos = System.nanoTime();
    private final double ticksPerSecond;
    private volatile boolean running = true;

    ServerSampler(long pid, AtomicLong answers, Path csv, long intervalMillis, double ticksPerSecond) {
        this.pid = pid;
        this.answers = answers;
        this.csv = csv;
        this.intervalMillis = intervalMillis;
        this.ticksPerSecond = ticksPerSecond;
    }

    @Override
    public void run() {
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(csv))) {
            out.println("seconds,server_cpu_seconds,answers,rss_mb,threads");
            while (running) {
                Sample s = sample();
                synchronized (samples) {
                    samples.add(s);
                }
                out.printf("%.1f,%.2f,%d,%d,%d%n", s.at(), s.cpuSeconds(), s.answers(), s.rssMb(), s.threads());
                out.flush();
                Thread.sleep(intervalMillis);
            }
        } catch (IOException | InterruptedException e) {
            System.err.println("sampler stopped: " + e);
        }
    }

    void stop() {
        running = false;
    }

    Sample sample() throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        // Fields after the command name (which may hold spaces) start at ") "; utime and stime are the 14th and
        // 15th fields of the line, the 12th and 13th after it.
        String[] fields = stat.substring(stat.lastIndexOf(") ") + 2).split(" ");
        double cpu = (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / ticksPerSecond;
        long rss = 0;
        long threads = 0;
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                rss = Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            } else if (line.startsWith("Threads:")) {
                threads = Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return new Sample((System.nanoTime() - startNanos) / 1e9, cpu, answers.get(), rss, threads);
    }

    /** The server's CPU milliseconds per acknowledged answer between two moments (seconds since the start). */
    String cpuPerAnswer(double from, double to) {
        List<Sample> copy;
        synchronized (samples) {
            copy = List.copyOf(samples);
        }
        Sample first = copy.stream().filter(s -> s.at() >= from).findFirst().orElse(null);
        Sample last = copy.stream().filter(s -> s.at() <= to).reduce((a, b) -> b).orElse(null);
        if (first == null || last == null || last.answers() <= first.answers()) {
            return "no answers between " + from + " s and " + to + " s";
        }
        double cpu = last.cpuSeconds() - first.cpuSeconds();
        long n = last.answers() - first.answers();
        double seconds = last.at() - first.at();
        return String.format("%.1f s to %.1f s: %d answers (%.1f/s), server CPU %.1f s (%.2f cores), %.2f ms CPU per"
                + " answer, RSS %d MB, threads %d", first.at(), last.at(), n, n / seconds, cpu, cpu / seconds,
                cpu * 1000 / n, last.rssMb(), last.threads());
    }
}
