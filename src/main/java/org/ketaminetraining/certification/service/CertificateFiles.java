package org.ketaminetraining.certification.service;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * The downloadable forms of one certificate, each made only when it is asked for.
 *
 * <p>Why on demand: a download wants one form, and the forms fail for different reasons. The signed file and the
 * badge need nothing but the certificate and the key; the PDF needs fonts and a page layout. Making each form only
 * when its accessor is called means a download renders one form and a PDF that cannot be rendered never keeps the
 * signed file or the badge from their holder. Not serializable, and meant to live for one request: the badge's
 * maker holds the signing key.
 */
public final class CertificateFiles {

    private final String code;
    private final Supplier<byte[]> pdf;
    private final Supplier<byte[]> signedJson;
    private final Supplier<String> badgeJwt;

    /**
     * @param code       the verification code (canonical, no dashes), for file names
     * @param pdf        makes the printable certificate with its QR code, the signed file embedded
     * @param signedJson makes the signed certificate file that {@code VerifyCertificate} checks offline
     * @param badgeJwt   makes the Open Badges 3.0 credential, signed as a JWT
     */
    public CertificateFiles(String code, Supplier<byte[]> pdf, Supplier<byte[]> signedJson,
            Supplier<String> badgeJwt) {
        this.code = Objects.requireNonNull(code, "code");
        this.pdf = Objects.requireNonNull(pdf, "pdf");
        this.signedJson = Objects.requireNonNull(signedJson, "signedJson");
        this.badgeJwt = Objects.requireNonNull(badgeJwt, "badgeJwt");
    }

    /** The verification code (canonical, no dashes), for file names. */
    public String code() {
        return code;
    }

    /** The printable certificate, rendered now. */
    public byte[] pdf() {
        return pdf.get();
    }

    /** The signed certificate file. */
    public byte[] signedJson() {
        return signedJson.get();
    }

    /** The Open Badges 3.0 credential, signed now. */
    public String badgeJwt() {
        return badgeJwt.get();
    }
}
