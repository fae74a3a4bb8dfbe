/**
 * Starting the installation: the start-up sequence and its steps (schema migrations with Flyway, the certificate
 * signing key, the bank import, demo seeding, the first-run announcement), each timed in the log. It depends on the
 * services and on {@code config}; nothing but the readiness check ({@code operations.health}) depends on it, and
 * an ArchUnit rule (StartupAndConfigTest) keeps it so: services never reach back into their own start-up.
 */
package org.ketaminetraining.startup;
