/**
 * Running the installation: settings from the server, schema migrations at start-up, demo mode, first-run
 * announcement, online backups, and the clock and random sources the rest of the app is handed.
 */
package org.ketaminetraining.platform;
