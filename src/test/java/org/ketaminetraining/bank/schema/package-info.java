/**
 * Tests of the documentation artefacts in {@code questions/}: the JSON Schemas agree with the validator on the
 * sample banks, the README's examples are valid, and the shipped tags.yaml and curriculum.yaml parse.
 */
package org.ketaminetraining.bank.schema;
