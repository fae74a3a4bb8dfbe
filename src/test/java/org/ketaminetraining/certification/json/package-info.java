/**
 * Tests of the one strict JSON reader and writer: every kind of value both ways, RFC 8259's refusals with their
 * places, duplicate members, nesting, exact numbers in both number modes, a caller's own refusals, strict UTF-8,
 * and properties that any text and any number survive writing and reading unchanged.
 */
package org.ketaminetraining.certification.json;
