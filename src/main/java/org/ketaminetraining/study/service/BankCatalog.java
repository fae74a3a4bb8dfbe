package org.ketaminetraining.study.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.ketaminetraining.bank.model.BankModule;
import org.ketaminetraining.bank.model.Curriculum;
import org.ketaminetraining.bank.model.Programme;
import org.ketaminetraining.bank.model.Question;
import org.ketaminetraining.bank.store.BankImport;
import org.ketaminetraining.bank.yaml.CurriculumFileParser;
import org.ketaminetraining.bank.yaml.ModuleFileParser;
import org.ketaminetraining.bank.yaml.SourceFile;

/**
 * What the study use cases need from the imported bank: the published questions with their current revision, the
 * module titles and the curriculum of the last applied import, and each revision's content parsed back into a
 * {@link Question}. The first three are kept until the next applied import (one cheap query checks that); parsed
 * revisions are kept for good, since a revision never changes.
 */
@ApplicationScoped
public class BankCatalog {

    private static final int MAX_CACHED_REVISIONS = 20_000;
    /** Revisions read per query when several are missing from the cache. */
    private static final int IN_LIST_SIZE = 500;

    private volatile Snapshot snapshot = Snapshot.EMPTY;
    private final Map<Long, RevisionContent> revisions = new ConcurrentHashMap<>();

    /** One published question as the queue needs it. */
    public record PublishedItem(long questionId, String questionKey, String moduleKey, long revisionId,
            int revisionNumber, boolean safetyCritical) {
    }

    /** A revision's content with the facts stored beside it. */
    public record RevisionContent(long revisionId, long questionId, String questionKey, int revisionNumber,
            String moduleKey, boolean safetyCritical, Question question) {
    }

    /** The bank as of one applied import. */
    public record Snapshot(long appliedImports, Optional<Curriculum> curriculum, Map<String, String> moduleTitles,
            List<PublishedItem> items) {

        static final Snapshot EMPTY = new Snapshot(0, Optional.empty(), Map.of(), List.of());

        public Optional<Programme> programme(String programmeId) {
            return curriculum.flatMap(c -> c.programme(programmeId));
        }

        public List<Programme> programmes() {
            return curriculum.map(Curriculum::programmes).orElse(List.of());
        }

        public String moduleTitle(String moduleKey) {
            return moduleTitles.getOrDefault(moduleKey, moduleKey);
        }

        /** The published items of the programme's modules: modules in programme order, items in bank order. */
        public List<PublishedItem> itemsOf(Programme programme) {
            Map<String, List<PublishedItem>> byModule = new LinkedHashMap<>();
            programme.requiredModules().forEach(module -> byModule.put(module, new ArrayList<>()));
            for (PublishedItem item : items) {
                List<PublishedItem> module = byModule.get(item.moduleKey());
                if (module != null) {
                    module.add(item);
                }
            }
            return byModule.values().stream().flatMap(List::stream).toList();
        }
    }

    /**
     * The bank as last applied; re-read only when another import was applied (from the files or from the browser).
     * The count of applied imports tells, not the largest import id: ids come from blocks that each persistence unit
     * (another server of a cluster, or a second deployment on one server) takes ahead, so a newer import may well
     * have a smaller id. Imports are never deleted, so the count only grows.
     */
    public Snapshot current(EntityManager em) {
        long applied = em.createQuery("SELECT COUNT(b) FROM BankImport b WHERE b.outcome = :applied", Long.class)
                .setParameter("applied", BankImport.Outcome.APPLIED).getSingleResult();
        Snapshot known = snapshot;
        if (known.appliedImports() == applied) {
            return known;
        }
        return reload(em, applied);
    }

    /** One request reloads after an import while the others wait for it; an older snapshot never replaces a newer. */
    private synchronized Snapshot reload(EntityManager em, long applied) {
        Snapshot known = snapshot;
        if (known.appliedImports() >= applied) {
            return known;
        }
        Snapshot fresh = load(em, applied);
        snapshot = fresh;
        return fresh;
    }

    /** A revision's content, parsed once. */
    public RevisionContent revision(EntityManager em, long revisionId) {
        return revisions(em, List.of(revisionId)).get(revisionId);
    }

    /**
     * Several revisions' content (an attempt's items, say), each parsed once; the ones not cached yet come in one
     * query rather than one each.
     *
     * @throws IllegalArgumentException if an id names no revision
     */
    public Map<Long, RevisionContent> revisions(EntityManager em, Collection<Long> revisionIds) {
        Map<Long, RevisionContent> found = new HashMap<>();
        Set<Long> missing = new LinkedHashSet<>();
        for (Long id : revisionIds) {
            RevisionContent cached = revisions.get(id);
            if (cached != null) {
                found.put(id, cached);
            } else {
                missing.add(id);
            }
        }
        List<Long> toRead = List.copyOf(missing);
        for (int from = 0; from < toRead.size(); from += IN_LIST_SIZE) {
            List<Object[]> rows = em.createQuery("SELECT r.id, r.content, r.moduleKey, r.safetyCritical, "
                    + "r.revisionNumber, q.id, q.questionKey FROM QuestionRevision r JOIN r.question q "
                    + "WHERE r.id IN :ids", Object[].class)
                    .setParameter("ids", toRead.subList(from, Math.min(toRead.size(), from + IN_LIST_SIZE)))
                    .getResultList();
            for (Object[] row : rows) {
                long revisionId = (Long) row[0];
                String moduleKey = (String) row[2];
                RevisionContent content = new RevisionContent(revisionId, (Long) row[5], (String) row[6],
                        (Integer) row[4], moduleKey, (Boolean) row[3], parse((String) row[1], moduleKey, revisionId));
                found.put(revisionId, content);
                if (revisions.size() < MAX_CACHED_REVISIONS) {
                    revisions.put(revisionId, content);
                }
            }
        }
        missing.stream().filter(id -> !found.containsKey(id)).findFirst().ifPresent(id -> {
            throw new IllegalArgumentException("no question revision " + id);
        });
        return found;
    }

    private static Question parse(String content, String moduleKey, long revisionId) {
        var parsed = ModuleFileParser.parse(new SourceFile("revision " + revisionId, content), moduleKey,
                Optional.empty());
        return parsed.module().map(BankModule::questions).filter(list -> list.size() == 1).map(list -> list.get(0))
                .orElseThrow(() -> new IllegalStateException("stored revision " + revisionId
                        + " does not parse as one question: " + parsed.problems()));
    }

    private static Snapshot load(EntityManager em, long appliedImports) {
        Map<String, String> titles = new LinkedHashMap<>();
        for (Object[] row : em.createQuery("SELECT m.moduleKey, m.title FROM StoredModule m", Object[].class)
                .getResultList()) {
            titles.put((String) row[0], (String) row[1]);
        }
        List<PublishedItem> items = em.createQuery("SELECT q.id, q.questionKey, q.moduleKey, r.id, "
                + "r.revisionNumber, r.safetyCritical FROM StoredQuestion q, QuestionRevision r "
                + "WHERE r.question = q AND r.revisionNumber = q.currentRevision AND q.retired = :retired "
                + "ORDER BY q.id", Object[].class).setParameter("retired", Boolean.FALSE).getResultList().stream()
                .map(row -> new PublishedItem((Long) row[0], (String) row[1], (String) row[2], (Long) row[3],
                        (Integer) row[4], (Boolean) row[5]))
                .toList();
        Optional<Curriculum> curriculum = Optional.empty();
        // The newest applied import's curriculum (a browser publication copies the one before it).
        Optional<BankImport> newest = em.createQuery("SELECT b FROM BankImport b WHERE b.outcome = :applied "
                + "ORDER BY b.startedAt DESC, b.id DESC", BankImport.class)
                .setParameter("applied", BankImport.Outcome.APPLIED).setMaxResults(1).getResultStream().findFirst();
        if (newest.isPresent()) {
            long importId = newest.get().getId();
            String yaml = newest.get().getCurriculum();
            if (yaml != null) {
                Map<String, OptionalInt> counts = new LinkedHashMap<>();
                items.forEach(item -> counts.merge(item.moduleKey(), OptionalInt.of(1),
                        (a, b) -> OptionalInt.of(a.getAsInt() + 1)));
                titles.keySet().forEach(module -> counts.putIfAbsent(module, OptionalInt.of(0)));
                curriculum = CurriculumFileParser.parse(new SourceFile("curriculum of import " + importId, yaml),
                        counts).curriculum();
            }
        }
        return new Snapshot(appliedImports, curriculum, Collections.unmodifiableMap(titles), items);
    }
}
