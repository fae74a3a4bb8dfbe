package org.ketaminetraining.compliance.service.mail;

/**
 * What one run did.
 *
 * @param recorded  mails decided and written to the ledger (or outbox) by this run
 * @param sent      mails delivered to the SMTP server by this run (earlier ones retried included)
 * @param failed    deliveries that failed (kept, retried at the next run)
 * @param noAddress people owed a mail who have no mail address (nothing recorded: they get it once they have one)
 * @param errors    people whose mails could not be decided (logged; the run went on)
 */
public record RunSummary(int recorded, int sent, int failed, int noAddress, int errors) {

    public static final RunSummary NOTHING = new RunSummary(0, 0, 0, 0, 0);

    public RunSummary plus(RunSummary other) {
        return new RunSummary(recorded + other.recorded, sent + other.sent, failed + other.failed,
                noAddress + other.noAddress, errors + other.errors);
    }
}
