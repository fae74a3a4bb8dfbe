package org.ketaminetraining.bank.service;

/**
 * The import the server runs at start-up, before anyone can sign in, so it has no caller to check. Kept apart from
 * {@link BankImportService} so that pages, which may only import as an administrator, never get hold of it (an
 * architecture test keeps the web layer from depending on it).
 */
public interface BankStartupImport {

    /** As {@link BankImportService#importNow}, from KT_QUESTIONS_DIR, recorded as done by "system". */
    ImportSummary importAtStartup();
}
