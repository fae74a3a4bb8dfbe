package org.ketaminetraining.bank.bench;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.ketaminetraining.bank.BankLoadResult;
import org.ketaminetraining.bank.BankLoader;
import org.ketaminetraining.bank.service.BankWriter;
import org.ketaminetraining.bank.store.BankImport;

/**
 * Validates and imports a generated bank (default 10,000 questions) into a fresh embedded Derby database with the
 * app's own migrations, persistence unit and {@link BankWriter}, then imports it again (nothing changes). Prints
 * wall time per phase and the peak heap. The cold pass is a fresh JVM's first import (a server start with a new
 * bank); the warm pass repeats it into a fresh database in the same JVM (a running server's re-import). Run from
 * the repository root:
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.ketaminetraining.bank.bench.BankImportBenchmark [-Dexec.args=10000]}
 */
public final class BankImportBenchmark {

    private BankImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path work = Files.createTempDirectory("bank-bench");
        Path questions = work.resolve("questions");
        GeneratedBank.write(questions, size);
        System.out.printf("java %s, %d cores, max heap %d MiB; bank of %d questions in %s%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, size, questions);

        resetPeaks();
        // The first pass pays for class loading and JIT compilation, as a server's start-up import does; the second,
        // into a fresh database, shows the steady state of a running server's re-import.
        for (String pass : new String[]{"cold JVM", "warm JVM"}) {
            EntityManagerFactory factory = freshDatabase(work.resolve("db-" + pass.replace(' ', '-')));
            // EclipseLink deploys a persistence unit on its first use; the server's start-up has used it (signing
            // keys) before it imports, so the import's time here does not include that deployment either.
            factory.createEntityManager().close();
            for (String round : new String[]{"first import", "re-import (no change)"}) {
                long t0 = System.nanoTime();
                BankLoadResult result = BankLoader.load(questions);
                long t1 = System.nanoTime();
                if (!result.isValid()) {
                    throw new IllegalStateException("generated bank is invalid: " + result.problems().subList(0,
                            Math.min(5, result.problems().size())));
                }
                EntityManager em = factory.createEntityManager();
                em.getTransaction().begin();
                BankImport record = new BankImport(Instant.now(), "bench", questions.toString(),
                        BankImport.Outcome.APPLIED, result.fileCount(), result.questionCount());
                em.persist(record);
                new BankWriter(em).apply(result.snapshot().orElseThrow(), record, Instant.now());
                em.getTransaction().commit();
                em.close();
                long t2 = System.nanoTime();
                System.out.printf("%-9s %-22s validate %6.0f ms, import %6.0f ms, total %6.0f ms; %d new, "
                        + "%d unchanged%n", pass, round, (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t2 - t0) / 1e6,
                        record.getAdded(), record.getUnchanged());
            }
            factory.close();
        }
        System.out.printf("peak heap used: %d MiB%n", peakHeap() >> 20);
    }

    private static EntityManagerFactory freshDatabase(Path dir) {
        String url = "jdbc:derby:" + dir + ";create=true";
        Flyway.configure(BankImportBenchmark.class.getClassLoader()).dataSource(url, null, null)
                .locations("classpath:db/migration").load().migrate();
        Map<String, Object> properties = new HashMap<>();
        properties.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        properties.put("jakarta.persistence.jtaDataSource", "");
        properties.put("jakarta.persistence.jdbc.url", url);
        properties.put("eclipselink.logging.level", "WARNING");
        return Persistence.createEntityManagerFactory("ketamine-training", properties);
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
