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

/** One attempt to import the bank files: who, when, from where, and what came of it. */
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

    static final int MAX_TEXT = 32_000;

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

    protected BankImport() {
    }

    public BankImport(Instant startedAt, String actor, String source, Outcome outcome, int files, int questions) {
        this.startedAt = startedAt;
        this.actor = actor;
        this.source = source.length() <= 1000 ? source : source.substring(source.length() - 1000);
        this.outcome = outcome;
        this.files = files;
        this.questions = questions;
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
