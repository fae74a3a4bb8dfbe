package org.ketaminetraining.bank.service.authoring;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.ketaminetraining.bank.authoring.DraftStatus;
import org.ketaminetraining.bank.model.QuestionType;
import org.ketaminetraining.bank.store.ListColumns;

/**
 * The question list: one page of questions, filtered and sorted, and how many match in all. It reads only
 * {@code bank_question} (whose list columns copy what it needs from each current revision) and the open drafts,
 * never a revision's content, so a 10,000-question bank's page costs two indexed or scanned queries of one table
 * (see QuestionListBenchmark). Portable SQL (Derby and PostgreSQL): LIKE with an escape character for the search
 * and the tag, OFFSET/FETCH for the page. A plain class over an EntityManager, so that the benchmark runs exactly
 * this outside the server; it checks no caller (the service does).
 */
public final class QuestionList {

    /** The escape character of every LIKE pattern built here. */
    private static final char ESCAPE = '\\';
    /** Draft status first, then published, then retired: what needs an educator's attention comes first. */
    private static final String STATUS_RANK = "CASE WHEN d.status = 'IN_REVIEW' THEN 0 WHEN d.status = 'DRAFT' THEN 1 "
            + "WHEN q.retired = TRUE THEN 3 ELSE 2 END";

    private final EntityManager em;

    public QuestionList(EntityManager em) {
        this.em = em;
    }

    public QuestionPage page(QuestionQuery query) {
        List<Object> parameters = new ArrayList<>();
        String where = where(query, parameters);
        String from = " FROM bank_question q LEFT JOIN question_draft d ON d.question_id = q.id";
        Query count = em.createNativeQuery("SELECT COUNT(*)" + from + where);
        bind(count, parameters);
        long total = ((Number) count.getSingleResult()).longValue();
        if (total <= query.offset()) {
            return new QuestionPage(List.of(), total);
        }
        String select = "SELECT q.question_key, q.module_key, q.question_type, q.stem_preview, q.tags, "
                + "q.safety_critical, q.current_revision, q.retired, d.status, q.last_changed, " + STATUS_RANK
                + " AS status_rank" + from + where + orderBy(query) + " OFFSET ?" + (parameters.size() + 1)
                + " ROWS FETCH NEXT ?" + (parameters.size() + 2) + " ROWS ONLY";
        Query rows = em.createNativeQuery(select);
        bind(rows, parameters);
        rows.setParameter(parameters.size() + 1, query.offset());
        rows.setParameter(parameters.size() + 2, query.limit());
        List<QuestionRow> page = new ArrayList<>();
        for (Object result : rows.getResultList()) {
            page.add(row((Object[]) result));
        }
        return new QuestionPage(page, total);
    }

    private static String where(QuestionQuery query, List<Object> parameters) {
        List<String> conditions = new ArrayList<>();
        if (query.moduleKey() != null && !query.moduleKey().isEmpty()) {
            conditions.add("q.module_key = ?" + add(parameters, query.moduleKey()));
        }
        for (String word : words(query.text())) {
            conditions.add("q.search_text LIKE ?" + add(parameters, "%" + escaped(word) + "%") + " ESCAPE '"
                    + ESCAPE + "'");
        }
        query.typeFilter().ifPresent(type -> conditions.add("q.question_type = ?" + add(parameters, type.name())));
        if (!query.tag().isEmpty()) {
            conditions.add("q.tags LIKE ?" + add(parameters, "% " + escaped(query.tag()) + " %") + " ESCAPE '"
                    + ESCAPE + "'");
        }
        if (query.status() != null) {
            conditions.add(switch (query.status()) {
                case DRAFT -> "d.status = 'DRAFT'";
                case IN_REVIEW -> "d.status = 'IN_REVIEW'";
                case PUBLISHED -> "q.current_revision > 0 AND q.retired = FALSE";
                case RETIRED -> "q.retired = TRUE";
            });
        }
        if (query.safetyCritical() != null) {
            conditions.add("q.safety_critical = ?" + add(parameters, query.safetyCritical()));
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /** The sort asked for, then the id, so that pages never overlap or skip a row. */
    private static String orderBy(QuestionQuery query) {
        String direction = query.descending() ? " DESC" : " ASC";
        String first = switch (query.sort()) {
            case ID -> "q.question_key" + direction;
            case TYPE -> "q.question_type" + direction + ", q.question_key";
            case STATUS -> "status_rank" + direction + ", q.question_key";
            case LAST_CHANGED -> "q.last_changed" + direction + ", q.question_key";
        };
        return " ORDER BY " + first;
    }

    /** The search words as the stored text holds them (lower case), each matched anywhere. */
    static List<String> words(String text) {
        String normalized = ListColumns.normalized(text);
        return normalized.isEmpty() ? List.of() : Arrays.stream(normalized.split(" ")).distinct().toList();
    }

    private static String escaped(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 4);
        for (char c : text.toCharArray()) {
            if (c == '%' || c == '_' || c == ESCAPE) {
                escaped.append(ESCAPE);
            }
            escaped.append(c);
        }
        return escaped.toString();
    }

    private static int add(List<Object> parameters, Object value) {
        parameters.add(value);
        return parameters.size();
    }

    private static void bind(Query query, List<Object> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
    }

    private static QuestionRow row(Object[] r) {
        String type = (String) r[2];
        return new QuestionRow((String) r[0], (String) r[1], type == null ? null : QuestionType.valueOf(type),
                r[3] == null ? "" : (String) r[3], ListColumns.tagsOf((String) r[4]), Boolean.TRUE.equals(r[5]),
                ((Number) r[6]).intValue(), Boolean.TRUE.equals(r[7]),
                Optional.ofNullable((String) r[8]).map(DraftStatus::valueOf), instant(r[9]));
    }

    private static Instant instant(Object value) {
        return value instanceof Timestamp timestamp ? timestamp.toInstant() : (Instant) value;
    }
}
