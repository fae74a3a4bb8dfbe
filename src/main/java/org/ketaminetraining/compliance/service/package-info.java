/**
 * Compliance services: assignments of programmes to roles, departments and named people, their re-evaluation
 * when people join, move or leave, the reminders and digests they send, and the readings managers and HR systems
 * take of them. Thin: the rules are in {@code org.ketaminetraining.compliance}; each method checks its caller
 * itself ({@link org.ketaminetraining.people.service.AccessControl}) and is one transaction.
 */
package org.ketaminetraining.compliance.service;
