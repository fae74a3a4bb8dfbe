/** Readiness and liveness for Liberty's MicroProfile Health endpoints at /health/ready and /health/live. */
package org.ketaminetraining.operations.health;
