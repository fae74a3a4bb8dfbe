package org.ketaminetraining.study.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.ketaminetraining.config.AppSettings;
import org.ketaminetraining.people.Role;
import org.ketaminetraining.people.model.Account;
import org.ketaminetraining.study.store.LearnerProfile;

/**
 * Creates a learner's profile the first time they study, in a transaction of its own: when two first requests race,
 * one insert fails on the primary key and the caller simply goes on with the row the other one made.
 */
@ApplicationScoped
public class LearnerProfiles {

    @PersistenceContext(unitName = "ketamine-training")
    private EntityManager em;
    @Inject
    private BankCatalog catalog;
    @Inject
    private AppSettings settings;
    @Inject
    private Clock clock;

    /**
     * @throws SecurityException when the account is not an enabled trainee: only trainees study, whatever page
     *                           called
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void ensure(long accountId) {
        Account account = em.find(Account.class, accountId);
        if (account == null || !account.isEnabled() || !account.getRoles().contains(Role.TRAINEE)) {
            throw new SecurityException("account " + accountId + " is not an enabled trainee");
        }
        if (em.find(LearnerProfile.class, accountId) == null) {
            em.persist(newProfile(accountId, catalog.current(em), settings.zone().getId(), clock));
            em.flush();
        }
    }

    /** Whether the learner has a profile (read in a transaction of its own, after a failed attempt to create one). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean exists(long accountId) {
        return em.find(LearnerProfile.class, accountId) != null;
    }

    /** A profile with the defaults: the curriculum's first programme and the organisation's time zone. */
    static LearnerProfile newProfile(long accountId, BankCatalog.Snapshot bank, String zone, Clock clock) {
        String programme = bank.programmes().stream().findFirst().map(p -> p.id()).orElse("");
        return new LearnerProfile(accountId, programme, LearnerSettings.DEFAULT_NEW_ITEMS_PER_DAY, zone, true,
                clock.instant());
    }
}
