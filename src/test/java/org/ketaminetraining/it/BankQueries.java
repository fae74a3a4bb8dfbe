package org.ketaminetraining.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Read-only look-ups of the stored bank for {@link BankImportIT}: a CDI bean in the test deployment, because the
 * container injects a persistence context into beans, not into test instances.
 */
@ApplicationScoped
public class BankQueries {

    @PersistenceContext(unitName = "ketamine-training")
    private EntityManager em;

    public long questionId(String key) {
        return em.createQuery("select q.id from StoredQuestion q where q.questionKey = :k", Long.class)
                .setParameter("k", key).getSingleResult();
    }

    public boolean isRetired(String key) {
        return em.createQuery("select q.retired from StoredQuestion q where q.questionKey = :k", Boolean.class)
                .setParameter("k", key).getSingleResult();
    }

    public List<Integer> revisionNumbers(String key) {
        return em.createQuery("select r.revisionNumber from QuestionRevision r where r.question.questionKey = :k "
                + "order by r.revisionNumber", Integer.class).setParameter("k", key).getResultList();
    }

    public String currentContent(String key) {
        return em.createQuery("select r.content from QuestionRevision r join r.question q "
                + "where q.questionKey = :k and r.revisionNumber = q.currentRevision", String.class)
                .setParameter("k", key).getSingleResult();
    }

    /** The current revision's safety-critical flag, which study and assessments read. */
    public boolean isCurrentlySafetyCritical(String key) {
        return em.createQuery("select r.safetyCritical from QuestionRevision r join r.question q "
                + "where q.questionKey = :k and r.revisionNumber = q.currentRevision", Boolean.class)
                .setParameter("k", key).getSingleResult();
    }

    public long revisionCount() {
        return em.createQuery("select count(r) from QuestionRevision r", Long.class).getSingleResult();
    }
}
