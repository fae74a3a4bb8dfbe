/**
 * The installation's settings (KT_DATA_DIR, KT_DB, KT_DEMO...), read once through MicroProfile Config and checked
 * at start with messages naming the variable. Services inject {@link org.ketaminetraining.config.AppSettings};
 * this package depends on no other package of the application, so anything may use it without a cycle.
 */
package org.ketaminetraining.config;
