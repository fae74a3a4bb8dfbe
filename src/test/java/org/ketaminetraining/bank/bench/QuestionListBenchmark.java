package org.ketaminetraining.bank.bench;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.ketaminetraining.bank.BankLoader;
import org.ketaminetraining.bank.BankSnapshot;
import org.ketaminetraining.bank.service.BankWriter;
import org.ketaminetraining.bank.service.authoring.QuestionList;
import org.ketaminetraining.bank.service.authoring.QuestionPage;
import org.ketaminetraining.bank.service.authoring.QuestionQuery;
import org.ketaminetraining.bank.service.authoring.QuestionStatus;
import org.ketaminetraining.bank.store.BankImport;
import org.ketaminetraining.bank.store.QuestionDraft;
import org.ketaminetraining.bank.store.StoredQuestion;

/**
 * The question list's first page on a generated bank (default 10,000 questions, {@link GeneratedBank}) imported into
 * a fresh embedded Derby with the app's migrations, persistence unit and import code, with 1 question in 100 given an
 * open draft. Each query ({@link QuestionList}, exactly what the server runs) is run 20 times to warm up, then timed
 * 50 times; it prints p50 and p95 per query and the machine's load. The goal of issue 16 is under 300 ms. Run from
 * the repository root:
 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.ketaminetraining.bank.bench.QuestionListBenchmark [-Dexec.args=10000]}
 */
public final class QuestionListBenchmark {

    private static final int PAGE = 50;
    private static final int WARM_UP = 20;
    private static final int RUNS = 50;

    private QuestionListBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path work = Files.createTempDirectory("list-bench");
        Path questions = work.resolve("questions");
        GeneratedBank.write(questions, size);
        System.out.printf("java %s, %d cores; bank of %d questions; load before: %s%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), size, load());
        EntityManagerFactory factory = freshDatabase(work.resolve("db"));
        try {
            importBank(factory, BankLoader.load(questions).snapshot().orElseThrow());
            int drafts = addDrafts(factory, 100);
            System.out.printf("imported; %d open drafts%n", drafts);
            Map<String, QuestionQuery> queries = new java.util.LinkedHashMap<>();
            queries.put("first page, no filter", query(null, "", "", null));
            queries.put("one module", query("module-7", "", "", null));
            queries.put("search, common word", query(null, "generated", "", null));
            queries.put("search, rare word", query(null, "m7-q123", "", null));
            queries.put("search, two words", query(null, "number 4", "", null));
            queries.put("tag safety-critical", query(null, "", "safety-critical", null));
            queries.put("status published", query(null, "", "", QuestionStatus.PUBLISHED));
            queries.put("status draft", query(null, "", "", QuestionStatus.DRAFT));
            queries.put("sort by status", new QuestionQuery(null, "", null, "", null, null, QuestionQuery.Sort.STATUS,
                    false, 0, PAGE));
            queries.put("sort by last change", new QuestionQuery(null, "", null, "", null, null,
                    QuestionQuery.Sort.LAST_CHANGED, true, 0, PAGE));
            queries.put("last page", new QuestionQuery(null, "", null, "", null, null, QuestionQuery.Sort.ID, false,
                    size - PAGE, PAGE));
            for (Map.Entry<String, QuestionQuery> entry : queries.entrySet()) {
                time(factory, entry.getKey(), entry.getValue());
            }
        } finally {
            factory.close();
        }
        System.out.printf("load after: %s%n", load());
    }

    private static QuestionQuery query(String module, String text, String tag, QuestionStatus status) {
        return new QuestionQuery(module, text, null, tag, status, null, QuestionQuery.Sort.ID, false, 0, PAGE);
    }

    private static void time(EntityManagerFactory factory, String name, QuestionQuery query) {
        long[] nanos = new long[RUNS];
        QuestionPage page = null;
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            EntityManager em = factory.createEntityManager();
            long t0 = System.nanoTime();
            page = new QuestionList(em).page(query);
            long t1 = System.nanoTime();
            em.close();
            if (i >= WARM_UP) {
                nanos[i - WARM_UP] = t1 - t0;
            }
        }
        Arrays.sort(nanos);
        System.out.printf("%-24s p50 %6.1f ms, p95 %6.1f ms, max %6.1f ms; %d rows of %d%n", name,
                nanos[RUNS / 2] / 1e6, nanos[(int) Math.ceil(RUNS * 0.95) - 1] / 1e6, nanos[RUNS - 1] / 1e6,
                page.rows().size(), page.total());
    }

    private static void importBank(EntityManagerFactory factory, BankSnapshot bank) {
        EntityManager em = factory.createEntityManager();
        em.getTransaction().begin();
        BankImport record = new BankImport(Instant.now(), "bench", "generated", BankImport.Outcome.APPLIED,
                bank.modules().size(), bank.questions().size());
        em.persist(record);
        new BankWriter(em).apply(bank, record, Instant.now());
        em.getTransaction().commit();
        em.close();
    }

    /** Every {@code every}-th question gets an open draft, so that the draft filter and the status sort have work. */
    private static int addDrafts(EntityManagerFactory factory, int every) {
        EntityManager em = factory.createEntityManager();
        em.getTransaction().begin();
        List<StoredQuestion> all = em.createQuery("select q from StoredQuestion q order by q.id", StoredQuestion.class)
                .getResultList();
        int count = 0;
        for (int i = 0; i < all.size(); i += every) {
            em.persist(new QuestionDraft(all.get(i), 1, "draft-format: 1", "bench", Instant.now()));
            count++;
        }
        em.getTransaction().commit();
        em.close();
        return count;
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static EntityManagerFactory freshDatabase(Path dir) {
        String url = "jdbc:derby:" + dir + ";create=true";
        Flyway.configure(QuestionListBenchmark.class.getClassLoader()).dataSource(url, null, null)
                .locations("classpath:db/migration").load().migrate();
        Map<String, Object> properties = new HashMap<>();
        properties.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        properties.put("jakarta.persistence.jtaDataSource", "");
        properties.put("jakarta.persistence.jdbc.url", url);
        properties.put("eclipselink.logging.level", "WARNING");
        return Persistence.createEntityManagerFactory("ketamine-training", properties);
    }
}
