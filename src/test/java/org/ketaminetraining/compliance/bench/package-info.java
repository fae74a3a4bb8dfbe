/**
 * Measurements of the managers' pages at the size of a large hospital, not tests: a generator that writes a data
 * folder a real server starts on (10,000 staff, 40 departments, two programmes, two million reviews), and a client
 * that times the pages and downloads over HTTP. See the README's compliance section for the commands and figures.
 */
package org.ketaminetraining.compliance.bench;
