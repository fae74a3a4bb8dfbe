package org.ketaminetraining.certification.signing;

/**
 * A certificate file or canonical payload that cannot be read: not UTF-8, not JSON, not in the documented shape, or
 * holding values a {@link CertificatePayload} refuses.
 *
 * <p>Why checked: these bytes come from outside (a download, an upload, an e-mail attachment), so the caller must
 * decide what a stranger is told; the message says what is wrong and, for syntax, where
 * ({@code line L, column C: ...}).
 */
public final class CertificateFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    public CertificateFormatException(String message) {
        super(message);
    }

    public CertificateFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
