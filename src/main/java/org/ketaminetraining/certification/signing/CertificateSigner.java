package org.ketaminetraining.certification.signing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.InvalidAlgorithmParameterException;
import java.security.InvalidKeyException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.SignatureException;
import java.security.interfaces.EdECKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Signs certificate payloads with an Ed25519 key, and holds the key helpers around it.
 *
 * <p>Why Ed25519, and the JDK's: signatures are small (64 bytes), deterministic (signing needs no randomness, so a
 * poor random source cannot leak the key), fast, with no parameters to get wrong; the JDK has provided it since
 * version 15 (algorithm {@code "Ed25519"}, RFC 8032), and {@code openssl} verifies the same signatures, so
 * verification depends on no library of ours.
 *
 * <p>Keys travel as PEM: the public key as an X.509 SubjectPublicKeyInfo ({@code -----BEGIN PUBLIC KEY-----}),
 * published at a stable URL; the private key as unencrypted PKCS#8 ({@code -----BEGIN PRIVATE KEY-----}), to be
 * kept in the server's secret store, never in the database or the repository. Keys will be replaced over time, so
 * each has a {@link #keyId(PublicKey) key id} that certificates carry to say which published key verifies them.
 */
public final class CertificateSigner {

    /** The JCA name of the signature algorithm and key type. */
    public static final String ALGORITHM = "Ed25519";
    /** Length of an Ed25519 signature in bytes. */
    public static final int SIGNATURE_LENGTH = 64;

    private static final String PUBLIC_PEM = "PUBLIC KEY";
    private static final String PRIVATE_PEM = "PRIVATE KEY";

    private final PrivateKey privateKey;
    private final PublicKey publicKey;
    private final String keyId;

    /**
     * A signer for a key pair whose halves belong together (checked by signing and verifying a probe), so that no
     * certificate is ever issued that its own published key would reject.
     *
     * @throws IllegalArgumentException if a key is not Ed25519 or the halves do not match
     */
    public CertificateSigner(KeyPair keys) {
        Objects.requireNonNull(keys, "keys");
        this.privateKey = requireEd25519(keys.getPrivate(), "private key");
        this.publicKey = requireEd25519(keys.getPublic(), "public key");
        byte[] probe = "ketamine-training key pair check".getBytes(StandardCharsets.US_ASCII);
        if (!verify(probe, signBytes(probe), publicKey)) {
            throw new IllegalArgumentException("the private and public key do not belong together");
        }
        this.keyId = keyId(publicKey);
    }

    /** The Ed25519 signature over the payload's {@link CanonicalPayload canonical bytes}. */
    public byte[] sign(CertificatePayload payload) {
        return signBytes(CanonicalPayload.toBytes(Objects.requireNonNull(payload, "payload")));
    }

    /** The payload with its signature and this signer's key id, ready to be written as a certificate file. */
    public SignedCertificate signCertificate(CertificatePayload payload) {
        return new SignedCertificate(payload, keyId, sign(payload));
    }

    /** The public half, to publish. */
    public PublicKey publicKey() {
        return publicKey;
    }

    /** The {@link #keyId(PublicKey) key id} of this signer's public key. */
    public String keyId() {
        return keyId;
    }

    private byte[] signBytes(byte[] bytes) {
        return sign(bytes, privateKey);
    }

    /**
     * The Ed25519 signature of exactly these bytes: the one signing primitive, shared by the certificate signature
     * and the badge's JWS.
     */
    public static byte[] sign(byte[] bytes, PrivateKey privateKey) {
        Objects.requireNonNull(bytes, "bytes");
        requireEd25519(privateKey, "private key");
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(privateKey);
            signature.update(bytes);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    /**
     * Whether {@code signature} is a valid Ed25519 signature by {@code publicKey} over exactly these bytes. A
     * signature of the wrong length or otherwise malformed is simply not valid: this answers false rather than
     * throwing, because to the person checking a certificate there is no difference.
     *
     * @throws IllegalArgumentException if the key is not an Ed25519 public key (a mistake of the caller, not of
     *     the certificate)
     */
    public static boolean verify(byte[] canonicalBytes, byte[] signature, PublicKey publicKey) {
        Objects.requireNonNull(canonicalBytes, "canonicalBytes");
        Objects.requireNonNull(signature, "signature");
        requireEd25519(publicKey, "public key");
        if (signature.length != SIGNATURE_LENGTH) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(publicKey);
            verifier.update(canonicalBytes);
            return verifier.verify(signature);
        } catch (SignatureException e) {
            return false;
        } catch (InvalidKeyException e) {
            throw new IllegalArgumentException("not a usable Ed25519 public key: " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JDK has no Ed25519", e);
        }
    }

    /** A new Ed25519 key pair, its secret drawn from the given random source. */
    public static KeyPair generateKeyPair(SecureRandom random) {
        Objects.requireNonNull(random, "random");
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(ALGORITHM);
            generator.initialize(NamedParameterSpec.ED25519, random);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException | InvalidAlgorithmParameterException e) {
            throw new IllegalStateException("this JDK has no Ed25519", e);
        }
    }

    /**
     * A short, stable name for a public key: the first 16 lower-case hex digits (64 bits) of the SHA-256 of its
     * X.509 SubjectPublicKeyInfo encoding (the DER inside the PEM). Anyone holding the PEM can compute it
     * ({@code openssl pkey -pubin -in key.pem -outform DER | sha256sum | cut -c1-16}); 64 bits are plenty to tell
     * apart the handful of keys one issuer uses, and this is a label, not a security property: the signature
     * check is.
     */
    public static String keyId(PublicKey publicKey) {
        requireEd25519(publicKey, "public key");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(publicKey.getEncoded());
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JDK has no SHA-256", e);
        }
    }

    /** The public key as PEM: SubjectPublicKeyInfo, base64 in lines of 64, ending with a newline. */
    public static String publicKeyToPem(PublicKey publicKey) {
        return pem(PUBLIC_PEM, requireEd25519(publicKey, "public key").getEncoded());
    }

    /** The private key as unencrypted PKCS#8 PEM. Treat the result as the secret it is. */
    public static String privateKeyToPem(PrivateKey privateKey) {
        return pem(PRIVATE_PEM, requireEd25519(privateKey, "private key").getEncoded());
    }

    /**
     * Reads an Ed25519 public key from PEM ({@code -----BEGIN PUBLIC KEY-----}); text before and after the block
     * (comments, a second newline) is ignored.
     *
     * @throws IllegalArgumentException saying what is wrong: no such block, bad base64, or not an Ed25519 key
     */
    public static PublicKey publicKeyFromPem(String pem) {
        byte[] der = unpem(PUBLIC_PEM, pem);
        try {
            return requireEd25519(KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(der)),
                    "public key");
        } catch (InvalidKeySpecException e) {
            throw new IllegalArgumentException("the PUBLIC KEY block is not an Ed25519 public key", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JDK has no Ed25519", e);
        }
    }

    /**
     * Reads an Ed25519 private key from unencrypted PKCS#8 PEM ({@code -----BEGIN PRIVATE KEY-----}).
     *
     * @throws IllegalArgumentException saying what is wrong (the message never contains key material)
     */
    public static PrivateKey privateKeyFromPem(String pem) {
        byte[] der = unpem(PRIVATE_PEM, pem);
        try {
            return requireEd25519(KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(der)),
                    "private key");
        } catch (InvalidKeySpecException e) {
            throw new IllegalArgumentException("the PRIVATE KEY block is not an Ed25519 private key");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JDK has no Ed25519", e);
        }
    }

    private static String pem(String label, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n";
    }

    private static byte[] unpem(String label, String pem) {
        Objects.requireNonNull(pem, "pem");
        String begin = "-----BEGIN " + label + "-----";
        String end = "-----END " + label + "-----";
        int start = pem.indexOf(begin);
        if (start < 0) {
            throw new IllegalArgumentException("no '" + begin + "' line found");
        }
        int stop = pem.indexOf(end, start);
        if (stop < 0) {
            throw new IllegalArgumentException("no '" + end + "' line after '" + begin + "'");
        }
        String body = pem.substring(start + begin.length(), stop).replaceAll("\\s+", "");
        try {
            return Base64.getDecoder().decode(body);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the " + label + " block is not valid base64");
        }
    }

    /** The key itself, if it is an Ed25519 key (not Ed448, not RSA or EC). */
    public static <K extends java.security.Key> K requireEd25519(K key, String what) {
        Objects.requireNonNull(key, what);
        if (!(key instanceof EdECKey edKey) || !edKey.getParams().getName().equalsIgnoreCase(ALGORITHM)) {
            throw new IllegalArgumentException(what + " is not an Ed25519 key (algorithm " + key.getAlgorithm()
                    + ")");
        }
        return key;
    }
}
