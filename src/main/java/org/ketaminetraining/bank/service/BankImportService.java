package org.ketaminetraining.bank.service;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.ketaminetraining.people.service.SignedInUser;

/**
 * The question bank in use and how it got there, for educators and administrators; only administrators import.
 * Every method checks {@code caller} (as stored now) and throws
 * {@link org.ketaminetraining.people.service.AccessDeniedException} when they may not. The import at start-up,
 * which has no caller, is {@link BankStartupImport}'s.
 */
public interface BankImportService {

    /** The folder the bank files are read from (KT_QUESTIONS_DIR). */
    Path questionsDirectory(SignedInUser caller);

    /**
     * Validates the files and, only when every file is valid, brings the database in line with them in one
     * transaction. An invalid bank changes nothing: the last good bank stays in use and the problems are kept
     * for educators and administrators. Never throws for a bad bank.
     */
    ImportSummary importNow(SignedInUser caller);

    /** As {@link #importNow}, from another folder (tests, and a later upload feature). */
    ImportSummary importFrom(SignedInUser caller, Path questionsDir);

    /** The latest attempts, newest first. */
    List<ImportSummary> recent(SignedInUser caller, int max);

    /** The latest attempt that was applied. */
    Optional<ImportSummary> lastApplied(SignedInUser caller);

    /** The modules in use with their counts of published (not retired) questions. */
    List<ModuleOverview> modules(SignedInUser caller);
}
