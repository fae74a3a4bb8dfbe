/**
 * Moodle XML import and export.
 *
 * <p>Supported both ways: {@code multichoice} (single and multiple), {@code truefalse}, {@code numerical} with
 * tolerance and unit, {@code matching}, {@code shortanswer} and {@code ordering} (core in Moodle since 4.4). Objective and difficulty travel as
 * Moodle tags ({@code objective:pk-routes}, {@code difficulty:easy}), the id as {@code idnumber}, and references
 * and expected time in a {@code <bank_metadata>} element that Moodle ignores. A {@code category} entry files the
 * questions after it; the bank writes one per module, with the module id as the category's {@code idnumber}, and reports on import which
 * category each question came under. Everything the bank cannot hold is named in the import report with its line.
 *
 * <p>XML is read with the JDK's StAX parser with DTDs and external entities switched off, and any DOCTYPE is
 * rejected outright, so a file cannot make the importer read local files or reach the network (XXE).
 */
package org.ketaminetraining.bank.interchange.moodlexml;
