/**
 * What the services stand on and nothing more: the real clock, the system's random source, the password hasher
 * and the lookup budget as CDI producers ({@link org.ketaminetraining.platform.Infrastructure}), unguessable tokens,
 * and the JPA converter for instants. It depends on pure packages only; settings live in {@code config}, the
 * start-up sequence in {@code startup}, backups and health checks in {@code operations}.
 */
package org.ketaminetraining.platform;
