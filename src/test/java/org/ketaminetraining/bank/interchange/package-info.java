/**
 * Tests of the shared interchange helpers, and property tests (jqwik) that round-trip generated questions through
 * GIFT and Moodle XML; {@code ArbitraryQuestions} generates the questions and modules for these and for the YAML
 * writer's property test.
 */
package org.ketaminetraining.bank.interchange;
