package org.ketaminetraining.compliance.service.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.ketaminetraining.people.Role;
import org.ketaminetraining.people.service.AccessControl;
import org.ketaminetraining.people.service.AuditTrail;
import org.ketaminetraining.people.service.SignedInUser;
import org.ketaminetraining.platform.Tokens;

/** Mail preferences on JPA; see {@link MailPreferences}. */
@ApplicationScoped
public class JpaMailPreferences implements MailPreferences {

    @PersistenceContext(unitName = "ketamine-training")
    private EntityManager em;
    @Inject
    private AccessControl access;
    @Inject
    private AuditTrail audit;
    @Inject
    private Clock clock;
    @Inject
    private SecureRandom random;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean knownToken(String token) {
        return byToken(token).isPresent();
    }

    @Override
    @Transactional
    public boolean unsubscribe(String token) {
        Optional<MailPreference> preference = byToken(token);
        preference.ifPresent(p -> {
            if (p.wantsOptionalMails()) {
                p.setOptionalMails(false, clock.instant());
                audit.record("(unsubscribe link)", "mail.unsubscribe", Long.toString(p.getAccountId()),
                        "optional mails turned off");
            }
        });
        return preference.isPresent();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean optionalMails(SignedInUser caller) {
        SignedInUser current = access.require(caller, Role.values());
        MailPreference preference = em.find(MailPreference.class, current.accountId());
        return preference == null || preference.wantsOptionalMails();
    }

    @Override
    @Transactional
    public void setOptionalMails(SignedInUser caller, boolean wanted) {
        SignedInUser current = access.require(caller, Role.values());
        Instant now = clock.instant();
        MailPreference preference = em.find(MailPreference.class, current.accountId());
        if (preference == null) {
            preference = new MailPreference(current.accountId(), Tokens.newToken(random), now);
            em.persist(preference);
        }
        if (preference.wantsOptionalMails() != wanted) {
            preference.setOptionalMails(wanted, now);
            audit.record(current.username(), wanted ? "mail.optional-on" : "mail.optional-off",
                    current.username(), wanted ? "optional mails turned on" : "optional mails turned off");
        }
    }

    private Optional<MailPreference> byToken(String token) {
        if (token == null || token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
            return Optional.empty();
        }
        return em.createQuery("SELECT p FROM MailPreference p WHERE p.unsubscribeToken = :token",
                MailPreference.class).setParameter("token", token).getResultList().stream().findFirst();
    }
}
