/**
 * The certificate as a document: a signed certificate turned into the one-page PDF a holder prints, files and
 * shows an employer, with a QR code leading to the public verification page and the signed certificate file
 * embedded in it.
 *
 * <p>Why it exists: people keep and pass on PDFs, not JSON files, and a PDF's printed words prove nothing. This
 * package makes the PDF carry its own proof twice over: for a person with a phone, the QR code and the written-out
 * URL of the verification page; for a verifier, the signed file inside the PDF
 * ({@link org.ketaminetraining.certification.document.CertificatePdf#embeddedCertificate}), which checks offline
 * like any downloaded certificate file.
 *
 * <ul>
 *   <li>{@link org.ketaminetraining.certification.document.CertificatePdf}: renders the PDF and extracts the
 *       embedded certificate again; documents what the page says, including why it prints "Valid through" the
 *       day before the payload's expiry date.</li>
 *   <li>{@link org.ketaminetraining.certification.document.QrCode}: a QR code (level M, four-module quiet zone,
 *       UTF-8) drawn as vector squares.</li>
 *   <li>{@link org.ketaminetraining.certification.document.FallbackFonts}: the font files (Noto, Symbola) found in
 *       configured directories for the characters DejaVu Sans lacks, and the rule that picks one per character.</li>
 *   <li>Package-private helpers: the page layout ({@code CertificatePage}), the rule that shrinks and wraps long
 *       names and titles ({@code FittedText}), the embedded DejaVu Sans fonts and the choice between DejaVu text
 *       and outlines per text ({@code CertificateFonts}, {@code Lettering}), text laid out by the JDK's text
 *       engine and drawn as outlines with its actual text attached ({@code ShapedLine}), font licence flags
 *       ({@code FontLicence}), and the embedded file ({@code CertificateAttachment}).</li>
 * </ul>
 *
 * <p>Pure, like the rest of the certification core: it depends on the JDK (java.awt's text engine included),
 * PDFBox and ZXing and on the signing core only (a guard test checks this), reads no clock and no random source,
 * and renders the same certificate with the same fonts to the same bytes every time. Deciding who gets a
 * certificate, storing it and serving the PDF are the application services' and pages' business.
 */
package org.ketaminetraining.certification.document;
