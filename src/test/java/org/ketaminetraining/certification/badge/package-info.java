/**
 * Tests of the Open Badges 3.0 credential: the properties the specification requires, with their values; the
 * VC-JWT signature round trip and its failures (any changed character, another key, claims that disagree with the
 * credential); the JWK form of the key; and known-answer vectors from RFC 8037 that tie the JWS and JWK code to an
 * independent reference rather than to itself.
 */
package org.ketaminetraining.certification.badge;
