package org.ketaminetraining.compliance.service.mail;

import java.util.List;
import org.ketaminetraining.people.service.SignedInUser;

/**
 * The administrators' view of reminder mails: every mail decided, newest first, with its delivery status (the
 * outbox without SMTP, the sent-mail ledger with it), and running the reminders or the digest now. Every method
 * requires an administrator as stored now.
 */
public interface MailOutbox {

    int MAX_PAGE = 100;

    /** Whether mails are sent by SMTP (otherwise they only wait here). */
    boolean mailConfigured(SignedInUser caller);

    long count(SignedInUser caller);

    /** Mails newest first; at most {@link #MAX_PAGE}. */
    List<OutboxEntry> page(SignedInUser caller, int first, int count);

    /** Runs the nightly reminders now (mails already decided are not decided again). */
    RunSummary remindNow(SignedInUser caller);

    /** Runs this week's digest now (a manager who had it this week does not get it again). */
    RunSummary digestNow(SignedInUser caller);
}
