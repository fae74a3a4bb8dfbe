package org.ketaminetraining.certification.service;

/**
 * The downloadable forms of one certificate.
 *
 * @param code       the verification code (canonical, no dashes), for file names
 * @param pdf        the printable certificate with its QR code, the signed file embedded
 * @param signedJson the signed certificate file that {@code VerifyCertificate} checks offline
 * @param badgeJwt   the Open Badges 3.0 credential, signed as a JWT
 */
public record CertificateFiles(String code, byte[] pdf, byte[] signedJson, String badgeJwt) {
}
