/**
 * Reminder and digest mails: the sent-mail ledger (which is also the outbox), delivery through Jakarta Mail with
 * the server's mail session, the scheduled runs, and what pages may do about them (the administrators' outbox, a
 * person's unsubscribe link and setting). What is owed and what a mail says are decided by the pure rules in
 * {@code compliance.reminder}; this package reads the facts, records decisions and sends.
 *
 * <p>Pages use {@link org.ketaminetraining.compliance.service.mail.MailOutbox} and
 * {@link org.ketaminetraining.compliance.service.mail.MailPreferences} only, which check their caller; the run and
 * the ledger check none and are reached by the schedule and by those services (WebPackagesTest).
 */
package org.ketaminetraining.compliance.service.mail;
