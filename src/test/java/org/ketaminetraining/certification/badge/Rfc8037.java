package org.ketaminetraining.certification.badge;

import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The Ed25519 example of RFC 8037 ("CFRG Elliptic Curve Diffie-Hellman (ECDH) and Signatures in JOSE"), Appendix
 * A, typed in from the RFC: an independent reference for the JWK and JWS code, which otherwise would only ever be
 * checked against itself.
 */
final class Rfc8037 {

    /** A.1: the private key "d" and public key "x". */
    static final String D = "nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A";
    static final String X = "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo";
    /** A.3: the RFC 7638 thumbprint of the public key. */
    static final String THUMBPRINT = "kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k";
    /** A.4: the JWS protected header, the payload, and the complete compact JWS. */
    static final String HEADER = "{\"alg\":\"EdDSA\"}";
    static final String PAYLOAD = "Example of Ed25519 signing";
    static final String JWS = "eyJhbGciOiJFZERTQSJ9.RXhhbXBsZSBvZiBFZDI1NTE5IHNpZ25pbmc."
            + "hgyY0il_MGCjP0JzlnLWG1PPOt7-09PGcvMg3AIbQR6dWbhijcNR4ki4iylGjg5BhVsPt9g7sVvpAr_MuM0KAg";

    /**
     * PKCS#8 (RFC 8410) prefix of an Ed25519 private key: SEQUENCE { INTEGER 0, SEQUENCE { OID 1.3.101.112 },
     * OCTET STRING { OCTET STRING (32 bytes) } }, the 32 bytes of "d" following.
     */
    private static final byte[] PKCS8_PREFIX = HexFormat.of().parseHex("302e020100300506032b657004220420");

    private Rfc8037() {
    }

    static PrivateKey privateKey() throws Exception {
        byte[] d = Base64.getUrlDecoder().decode(D);
        byte[] encoded = Arrays.copyOf(PKCS8_PREFIX, PKCS8_PREFIX.length + d.length);
        System.arraycopy(d, 0, encoded, PKCS8_PREFIX.length, d.length);
        return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(encoded));
    }
}
