package org.ketaminetraining.bank.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.Instant;

/**
 * One attempt to import the bank files (kind {@link Kind#FILES}): who, when, from where, and what came of it; or one
 * change published in the browser (kind {@link Kind#WEB}), recorded the same way so that every revision names the
 * import that brought it and the study catalog, which reloads when the newest applied import changes, sees it.
 */
@Entity
@Table(name = "bank_import")
@TableGenerator(name = "bankIds", table = "id_sequence", pkColumnName = "seq_name", valueColumnName = "seq_count",
        pkColumnValue = BankImport.ID_SEQUENCE, allocationSize = 500)
public class BankImport {

    /** The id_sequence row every bank entity's ids come from (also {@link NewQuestionRows}). */
    public static final String ID_SEQUENCE = "bank";

    /** What came of an import. */
    public enum Outcome {
        /** The files were valid and the database now matches them. */
        APPLIED,
        /** The files had problems; nothing changed and the last good bank is still served. */
        REJECTED
    }

    /** Where the change came from. */
    public enum Kind {
        /** The bank files, read from a folder. */
        FILES,
        /** A change published in the browser: an approved draft, a retirement, a reinstatement, a bulk tag change. */
        WEB
    }

    static final int MAX_TEXT = 32_000;
    private static final int MAX_SOURCE = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "bankIds")
    private Long id;
    @Column(name = "started_at", nullable = false)
    private Instant startedAt;
    @Column(nullable = false, length = 64)
    private String actor;
    @Column(nullable = false, length = 1000)
    private String source;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Outcome outcome;
    @Column(nullable = false)
    private int files;
    @Column(nullable = false)
    private int questions;
    @Column(nullable = false)
    private int added;
    @Column(nullable = false)
    private int revised;
    @Column(nullable = false)
    private int retired;
    @Column(nullable = false)
    private int unchanged;
    @Column(name = "problem_count", nullable = false)
    private int problemCount;
    @Column(length = MAX_TEXT)
    private String problems;
    @Column(length = MAX_TEXT)
    private String curriculum;
    @Column(name = "source_fingerprint", length = 64)
    private String sourceFingerprint;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Kind kind = Kind.FILES;
    @Column(length = MAX_SOURCE)
    private String folder;

    protected BankImport() {
    }

    /** A file import. */
    public BankImport(Instant startedAt, String actor, String source, Outcome outcome, int files, int questions) {
        this.startedAt = startedAt;
        this.actor = actor;
        this.source = lastChars(source);
        this.outcome = outcome;
        this.files = files;
        this.questions = questions;
    }

    /**
     * A change published in the browser: applied, no files, the given questions; the curriculum is the one in use
     * (copied from the last applied import), since the catalog reads the curriculum from the newest applied import.
     */
    public static BankImport web(Instant at, String actor, String source, int questions, String curriculumYaml) {
        BankImport record = new BankImport(at, actor, source, Outcome.APPLIED, 0, questions);
        record.kind = Kind.WEB;
        record.recordCurriculum(curriculumYaml);
        return record;
    }

    private static String lastChars(String text) {
        return text.length() <= MAX_SOURCE ? text : text.substring(text.length() - MAX_SOURCE);
    }

    /** For a WEB import whose number of questions is known only once it is done (a bulk tag change). */
    public void recordQuestionCount(int count) {
        this.questions = count;
    }

    public void recordChanges(int added, int revised, int retired, int unchanged) {
        this.added = added;
        this.revised = revised;
        this.retired = retired;
        this.unchanged = unchanged;
    }

    /** Keeps the problem list, cut to what the column holds; the count is always exact. */
    public void recordProblems(int count, String text) {
        this.problemCount = count;
        this.problems = text == null || text.length() <= MAX_TEXT ? text
                : text.substring(0, MAX_TEXT - 40) + "\n... (more problems: see the server log)";
    }

    public void recordCurriculum(String curriculumYaml) {
        this.curriculum = curriculumYaml == null || curriculumYaml.length() <= MAX_TEXT ? curriculumYaml : null;
    }

    /** What the files read looked like (BankFolderFingerprint), so a start-up can skip an unchanged bank. */
    public void recordSourceFingerprint(String fingerprint) {
        this.sourceFingerprint = fingerprint;
    }

    public String getSourceFingerprint() {
        return sourceFingerprint;
    }

    /**
     * The folder a file import read (its demo overlay, if any, is that folder's {@code demo} subfolder); not kept
     * when longer than the column, since a cut path would name another folder.
     */
    public void recordFolder(String path) {
        this.folder = path == null || path.length() > MAX_SOURCE ? null : path;
    }

    public String getFolder() {
        return folder;
    }

    public Kind getKind() {
        return kind;
    }

    public Long getId() {
        return id;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public String getActor() {
        return actor;
    }

    public String getSource() {
        return source;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public int getFiles() {
        return files;
    }

    public int getQuestions() {
        return questions;
    }

    public int getAdded() {
        return added;
    }

    public int getRevised() {
        return revised;
    }

    public int getRetired() {
        return retired;
    }

    public int getUnchanged() {
        return unchanged;
    }

    public int getProblemCount() {
        return problemCount;
    }

    public String getProblems() {
        return problems;
    }

    public String getCurriculum() {
        return curriculum;
    }
}
