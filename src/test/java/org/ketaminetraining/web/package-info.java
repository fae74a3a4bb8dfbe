/**
 * Page tests with WicketTester: every page renders, forms refuse bad input with field messages, roles are
 * enforced. Services are in-memory fakes handed in through the application's injection hook, so these tests
 * need no server; the real services are covered by the integration tests (*IT).
 */
package org.ketaminetraining.web;
