package org.ketaminetraining.certification.service;

/** The installation's signing key as published: its id and the public key in PEM (and as a JWK for badges). */
public record PublicKeyInfo(String keyId, String publicPem, String jwkJson) {
}
