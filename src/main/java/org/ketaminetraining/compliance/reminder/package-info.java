/**
 * Which reminder and digest mails are owed, and what they say: pure rules over dates and facts handed in (today in
 * the organisation's zone, a person's due date, their latest certificate, whether a refresher is due, the
 * programme's reminder days). No clock, no database, no mail API: the services in
 * {@code compliance.service.mail} read the facts, keep the sent-mail ledger and hand the composed text to Jakarta
 * Mail.
 *
 * <p>Why "owed today" and not "due exactly today": a nightly run that did not happen (a restart, a node down) must
 * still send tomorrow what it missed, so a rule answers with every reminder whose day has been reached and not yet
 * superseded, keyed by its occasion; the ledger, not the rule, makes sure an occasion is mailed once.
 */
package org.ketaminetraining.compliance.reminder;
