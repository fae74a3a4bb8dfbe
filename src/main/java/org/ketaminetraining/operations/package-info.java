/**
 * Running the installation once it is up: online backups for administrators (a service of its own, checked
 * against the caller like every other) and, in {@code health}, the readiness and liveness checks. It stands on the
 * services, {@code config} and {@code startup}; none of them depends on it.
 */
package org.ketaminetraining.operations;
