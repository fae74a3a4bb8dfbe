/**
 * Moodle XML import and export.
 *
 * <p>Supported both ways: {@code multichoice} (single and multiple), {@code truefalse}, {@code numerical} with
 * tolerance and unit, {@code matching} and {@code shortanswer}. Ordering ({@code qtype_ordering}) is not supported:
 * it is a plugin whose XML this code does not claim to reproduce faithfully. Objective and difficulty travel as
 * Moodle tags ({@code objective:pk-routes}, {@code difficulty:easy}), the id as {@code idnumber}, and references
 * and expected time in a {@code <bank_metadata>} element that Moodle ignores. A {@code category} entry files the
 * questions after it; the bank writes one per module and reports on import which category each question came under.
 *
 * <p>XML is read with the JDK's StAX parser with DTDs and external entities switched off, and any DOCTYPE is
 * rejected outright, so a file cannot make the importer read local files or reach the network (XXE).
 */
package org.ketaminetraining.bank.interchange.moodlexml;
