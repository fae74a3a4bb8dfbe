package org.ketaminetraining.certification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.security.KeyPair;
import org.ketaminetraining.certification.badge.BadgeIssuer;
import org.ketaminetraining.certification.badge.BadgeSigner;
import org.ketaminetraining.certification.badge.OpenBadgeCredential;
import org.ketaminetraining.certification.badge.PublicJwk;
import org.ketaminetraining.certification.document.CertificatePdf;
import org.ketaminetraining.certification.document.FallbackFonts;
import org.ketaminetraining.certification.signing.CertificatePayload;
import org.ketaminetraining.certification.signing.CertificateSigner;
import org.ketaminetraining.certification.signing.SignedCertificate;
import org.ketaminetraining.config.AppSettings;

/**
 * Turns a signed certificate into its downloadable files: the printable PDF (with the signed file inside and a QR
 * code to the public verification page), the signed file itself, and the Open Badge. Each is made when asked for
 * ({@link CertificateFiles}). The PDF takes the fonts for scripts beyond DejaVu Sans from KT_FONT_DIRS, looked
 * through once, at the first certificate rendered.
 */
@ApplicationScoped
public class CertificateRenderer {

    @Inject
    private AppSettings settings;

    /** The public verification page of a certificate, under KT_PUBLIC_URL. */
    public URI verifyUrl(String canonicalCode) {
        return URI.create(settings.publicUrl() + "/verify/" + canonicalCode);
    }

    /** Where each public key is published as a JWK: {@code KT_PUBLIC_URL/certificates/keys/<keyId>}. */
    public static final String KEY_PATH = "/certificates/keys/";

    private volatile FallbackFonts fonts;

    CertificateFiles files(SignedCertificate certificate, KeyPair keys) {
        String code = certificate.payload().verificationCode().canonical();
        return new CertificateFiles(code, () -> pdf(certificate), certificate::toBytes,
                () -> badge(certificate, keys));
    }

    byte[] pdf(SignedCertificate certificate) {
        return CertificatePdf.render(certificate, verifyUrl(certificate.payload().verificationCode().canonical()),
                fonts());
    }

    /** The fallback fonts, one catalogue for the application's life: fonts are installed with the server. */
    private FallbackFonts fonts() {
        FallbackFonts found = fonts;
        if (found == null) {
            synchronized (this) {
                found = fonts;
                if (found == null) {
                    found = FallbackFonts.in(settings.fontDirectories());
                    fonts = found;
                }
            }
        }
        return found;
    }

    /**
     * The Open Badges 3.0 credential, signed as a JWT with the certificate key. Its id is the certificate's public
     * JSON status, its evidence the public verification page; the achievement is one per programme and curriculum
     * version.
     */
    String badge(SignedCertificate certificate, KeyPair keys) {
        URI site = settings.publicUrl();
        CertificatePayload payload = certificate.payload();
        String code = payload.verificationCode().canonical();
        BadgeIssuer issuer = new BadgeIssuer(URI.create(site + "/"), URI.create(site + KEY_PATH));
        String json = OpenBadgeCredential.unsignedJson(payload, issuer,
                URI.create(site + "/api/v1/certificates/" + code),
                URI.create(site + "/achievements/" + encode(payload.programmeId()) + "/"
                        + encode(payload.curriculumVersion())),
                verifyUrl(code));
        return BadgeSigner.sign(json, keys.getPrivate(), issuer.keyUri(CertificateSigner.keyId(keys.getPublic())));
    }

    private static String encode(String segment) {
        return java.net.URLEncoder.encode(segment, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The public key as a JWK whose kid is the URL it is published at. */
    String jwk(KeyPair keys) {
        String keyId = CertificateSigner.keyId(keys.getPublic());
        return PublicJwk.of(keys.getPublic(), settings.publicUrl() + KEY_PATH + keyId).toJson();
    }
}
