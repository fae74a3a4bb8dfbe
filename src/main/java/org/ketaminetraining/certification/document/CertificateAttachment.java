package org.ketaminetraining.certification.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.PDNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.ketaminetraining.certification.signing.CertificateFormatException;
import org.ketaminetraining.certification.signing.SignedCertificate;
import org.ketaminetraining.certification.signing.VerificationCode;

/**
 * The signed certificate file carried inside the PDF as an embedded file (an "attachment" in PDF viewers), named
 * {@code certificate-<CODE>.json} with the code in its printed form.
 *
 * <p>Why: a PDF is what people keep, e-mail and upload, and its printed words prove nothing by themselves. With the
 * signed file inside, the PDF alone is enough to check the certificate offline: save the attachment from any PDF
 * viewer and verify it as any certificate file. The file is stored compressed and byte for byte as
 * {@link SignedCertificate#toBytes()} writes it.
 */
final class CertificateAttachment {

    static final String PREFIX = "certificate-";
    static final String SUFFIX = ".json";
    /** A certificate file is a few kilobytes; more than this is not one (and is not decompressed further). */
    static final int MAX_BYTES = 1 << 20;
    /** Name trees are shallow; a deeper one is malformed or hostile (a loop of kids). */
    private static final int MAX_TREE_DEPTH = 16;

    private CertificateAttachment() {
    }

    static String fileName(VerificationCode code) {
        return PREFIX + code + SUFFIX;
    }

    /** Attaches the certificate file to {@code document}, replacing any other embedded files. */
    static void attach(PDDocument document, SignedCertificate certificate, Calendar date) throws IOException {
        byte[] file = certificate.toBytes();
        PDEmbeddedFile embedded = new PDEmbeddedFile(document, new ByteArrayInputStream(file), COSName.FLATE_DECODE);
        embedded.setSubtype("application/json");
        embedded.setSize(file.length);
        embedded.setCreationDate(date);
        embedded.setModDate(date);

        String name = fileName(certificate.payload().verificationCode());
        PDComplexFileSpecification specification = new PDComplexFileSpecification();
        specification.setFile(name);
        specification.setFileUnicode(name);
        specification.setEmbeddedFile(embedded);
        specification.setEmbeddedFileUnicode(embedded);
        specification.setFileDescription("The signed certificate: verify it with the issuer's public key to check "
                + "what this page says.");

        PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
        tree.setNames(Map.of(name, specification));
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        PDDocumentNameDictionary names = new PDDocumentNameDictionary(catalog);
        names.setEmbeddedFiles(tree);
        catalog.setNames(names);
    }

    /**
     * The bytes of the certificate file embedded in {@code document}, if there is one.
     *
     * @throws CertificateFormatException if there are several, or one that cannot be read or is too large
     */
    static Optional<Found> find(PDDocument document) throws IOException, CertificateFormatException {
        PDDocumentNameDictionary names = document.getDocumentCatalog().getNames();
        PDEmbeddedFilesNameTreeNode tree = names == null ? null : names.getEmbeddedFiles();
        if (tree == null) {
            return Optional.empty();
        }
        List<Found> found = new ArrayList<>();
        collect(tree, 0, found);
        if (found.size() > 1) {
            throw new CertificateFormatException("the PDF carries " + found.size() + " certificate files, "
                    + "a certificate PDF carries one");
        }
        return found.stream().findFirst();
    }

    /** An embedded certificate file: its name in the PDF and its bytes. */
    record Found(String name, byte[] bytes) {
    }

    private static void collect(PDNameTreeNode<PDComplexFileSpecification> node, int depth, List<Found> found)
            throws IOException, CertificateFormatException {
        if (depth > MAX_TREE_DEPTH) {
            throw new CertificateFormatException("the PDF's tree of embedded files is deeper than "
                    + MAX_TREE_DEPTH + " levels");
        }
        Map<String, PDComplexFileSpecification> entries = node.getNames();
        if (entries != null) {
            for (Map.Entry<String, PDComplexFileSpecification> entry : entries.entrySet()) {
                String name = entry.getKey();
                if (name.startsWith(PREFIX) && name.endsWith(SUFFIX)) {
                    found.add(new Found(name, read(name, entry.getValue())));
                }
            }
        }
        List<PDNameTreeNode<PDComplexFileSpecification>> kids = node.getKids();
        if (kids != null) {
            for (PDNameTreeNode<PDComplexFileSpecification> kid : kids) {
                collect(kid, depth + 1, found);
            }
        }
    }

    private static byte[] read(String name, PDComplexFileSpecification specification)
            throws IOException, CertificateFormatException {
        PDEmbeddedFile file = specification == null ? null
                : specification.getEmbeddedFileUnicode() != null ? specification.getEmbeddedFileUnicode()
                        : specification.getEmbeddedFile();
        if (file == null) {
            throw new CertificateFormatException("the PDF names " + name + " but does not carry its content");
        }
        try (InputStream in = file.createInputStream()) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new CertificateFormatException(name + " in the PDF is larger than " + MAX_BYTES
                        + " bytes, not a certificate file");
            }
            return bytes;
        }
    }
}
