/**
 * Moodle GIFT import and export.
 *
 * <p>Supported both ways: single choice ({@code =right ~wrong}), multiple response ({@code ~%50%right
 * ~%-100%wrong}), true/false ({@code {T}}/{@code {F}} with feedback), numeric ({@code {#answer:tolerance}}, ranges
 * {@code {#low..high}} on import), matching ({@code =left -> right}) and short answer ({@code {=a =b}}), with
 * per-answer feedback ({@code #}) and general feedback ({@code ####}, the bank's explanation). GIFT has no ordering
 * type, and no escape for the {@code ->} of a matching pair, so matching items and short-text answers containing it
 * are left out of an export and named. Bank-only fields travel in {@code // @key value} comment lines directly
 * above each question; a {@code $CATEGORY:} line files the questions below it (one per module on export).
 */
package org.ketaminetraining.bank.interchange.gift;
