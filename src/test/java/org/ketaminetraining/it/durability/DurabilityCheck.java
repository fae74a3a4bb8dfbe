package org.ketaminetraining.it.durability;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ketaminetraining.scheduling.CardState;
import org.ketaminetraining.scheduling.policy.DayBoundary;
import org.ketaminetraining.study.service.BankCatalog;
import org.ketaminetraining.study.service.LearnerContext;
import org.ketaminetraining.study.service.StudyLedger;

/**
 * The database after the run, opened directly (the server is gone), against what the clients saw. Study: each
 * trainee's review log, in the order answered, must be their answers as sent with every acknowledged one present
 * exactly once and each unacknowledged one present at most once; and their stored memory states must equal what
 * the study ledger's own replay of that log gives (the same code as StudyServiceIT's check, run here through Java
 * SE JPA). Assessment: each item's stored answer is the last acknowledged save or a later unacknowledged one, and
 * every attempt finished over HTTP is submitted. Returns the broken promises, each in a sentence.
 */
final class DurabilityCheck {

    private final CrashDatabase database;
    private final List<String> problems = new ArrayList<>();
    private int reviewRows;

    DurabilityCheck(CrashDatabase database) {
        this.database = database;
    }

    List<String> verify(Ledger ledger) throws SQLException {
        try (Connection c = database.connect()) {
            ledger.study().forEach((user, sent) -> checkStudy(c, user, sent));
            ledger.saves().forEach((user, saves) -> checkSaves(c, user, saves));
            for (String token : ledger.finishedAttempts().keySet()) {
                if (single(c, "SELECT submitted_at FROM assessment_attempt WHERE token = ?", token) == null) {
                    problems.add("attempt " + token + " was finished over HTTP but is not submitted");
                }
            }
            checkMemoryStates(c, ledger.study().keySet());
        }
        return List.copyOf(problems);
    }

    int reviewRows() {
        return reviewRows;
    }

    private void checkStudy(Connection c, String user, List<Ledger.StudyAnswer> sent) {
        List<String> stored = strings(c, "SELECT q.question_key FROM review_log r JOIN bank_question q ON q.id = "
                + "r.question_id JOIN account a ON a.id = r.account_id WHERE a.username = ? ORDER BY r.answered_at, "
                + "r.id", user);
        reviewRows += stored.size();
        if (!explains(sent, stored)) {
            problems.add(user + ": the review log " + stored + " is not the answers sent " + sent
                    + " (every acknowledged one exactly once, unacknowledged ones at most once, in order)");
        }
        List<String> twice = strings(c, "SELECT r.presentation_id FROM review_log r JOIN "
                + "account a ON a.id = r.account_id WHERE a.username = ? GROUP BY r.presentation_id "
                + "HAVING COUNT(*) > 1", user);
        if (!twice.isEmpty()) {
            problems.add(user + ": presentations answered twice in the review log: " + twice);
        }
    }

    /**
     * Whether the stored rows are the sent answers in order, each acknowledged one matched by exactly one row and
     * each unacknowledged one by one row or none: a dynamic programme over (answers consumed, rows explained).
     */
    static boolean explains(List<Ledger.StudyAnswer> sent, List<String> stored) {
        boolean[][] reach = new boolean[sent.size() + 1][stored.size() + 1];
        reach[0][0] = true;
        for (int i = 0; i < sent.size(); i++) {
            for (int j = 0; j <= stored.size(); j++) {
                if (!reach[i][j]) {
                    continue;
                }
                Ledger.StudyAnswer answer = sent.get(i);
                if (j < stored.size() && stored.get(j).equals(answer.questionKey())) {
                    reach[i + 1][j + 1] = true;
                }
                if (!answer.acknowledged()) {
                    reach[i + 1][j] = true;
                }
            }
        }
        return reach[sent.size()][stored.size()];
    }

    private void checkSaves(Connection c, String user, List<Ledger.AttemptSave> saves) {
        saves.stream().map(s -> s.token() + "#" + s.position()).distinct().forEach(item -> {
            String token = item.substring(0, item.indexOf('#'));
            int position = Integer.parseInt(item.substring(item.indexOf('#') + 1));
            List<Ledger.AttemptSave> ofItem = saves.stream()
                    .filter(s -> s.token().equals(token) && s.position() == position).toList();
            int lastAcknowledged = -1;
            for (int i = 0; i < ofItem.size(); i++) {
                lastAcknowledged = ofItem.get(i).acknowledged() ? i : lastAcknowledged;
            }
            List<String> allowed = new ArrayList<>();
            if (lastAcknowledged < 0) {
                allowed.add(null);
            }
            ofItem.subList(Math.max(lastAcknowledged, 0), ofItem.size()).forEach(s -> allowed.add(s.encoded()));
            List<String> rows = strings(c, "SELECT i.response FROM attempt_item i JOIN assessment_attempt a ON "
                    + "a.id = i.attempt_id WHERE a.token = ? AND i.position = " + position, token);
            if (rows.size() != 1) {
                problems.add(user + ": attempt " + token + " has " + rows.size() + " rows for item " + position);
            } else if (!allowed.contains(rows.get(0))) {
                problems.add(user + ": attempt " + token + " item " + position + " holds " + rows.get(0)
                        + ", but the last acknowledged save was " + (lastAcknowledged < 0 ? "none"
                                : ofItem.get(lastAcknowledged).encoded())
                        + " (allowed: " + allowed + ")");
            }
        });
    }

    /** Stored memory states against the study ledger's replay of the review log, learner by learner. */
    private void checkMemoryStates(Connection c, Iterable<String> users) throws SQLException {
        EntityManagerFactory factory = Persistence.createEntityManagerFactory("ketamine-training",
                database.jpaProperties());
        try {
            EntityManager em = factory.createEntityManager();
            StudyLedger study = new StudyLedger(em, new BankCatalog(),
                    new LearnerContext.Factory(DayBoundary.DEFAULT_ROLLOVER_HOUR), Clock.systemUTC(),
                    new SecureRandom());
            for (String user : users) {
                long account = Long.parseLong(Objects.requireNonNull(single(c,
                        "SELECT id FROM account WHERE username = ?", user), user));
                em.getTransaction().begin();
                try {
                    Map<Long, CardState> stored = study.storedStates(account);
                    Map<Long, CardState> replayed = study.replayedStates(account);
                    if (!stored.equals(replayed)) {
                        problems.add(user + ": stored memory states " + stored + " differ from the replay "
                                + replayed);
                    }
                } finally {
                    em.getTransaction().rollback();
                }
            }
            em.close();
        } finally {
            factory.close();
        }
    }

    private static String single(Connection c, String sql, String parameter) throws SQLException {
        try (PreparedStatement query = c.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    private static List<String> strings(Connection c, String sql, String parameter) {
        try (PreparedStatement query = c.prepareStatement(sql)) {
            query.setString(1, parameter);
            List<String> values = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
