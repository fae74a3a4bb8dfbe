package org.ketaminetraining.bank.service;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The question bank in use and how it got there. */
public interface BankImportService {

    /** The folder the bank files are read from (KT_QUESTIONS_DIR). */
    Path questionsDirectory();

    /**
     * Validates the files and, only when every file is valid, brings the database in line with them in one
     * transaction. An invalid bank changes nothing: the last good bank stays in use and the problems are kept
     * for educators and administrators. Never throws for a bad bank.
     */
    ImportSummary importNow(String actor);

    /** As {@link #importNow}, from another folder (tests, and a later upload feature). */
    ImportSummary importFrom(Path questionsDir, String actor);

    /** The latest attempts, newest first. */
    List<ImportSummary> recent(int max);

    /** The latest attempt that was applied. */
    Optional<ImportSummary> lastApplied();

    /** The modules in use with their counts of published (not retired) questions. */
    List<ModuleOverview> modules();
}
