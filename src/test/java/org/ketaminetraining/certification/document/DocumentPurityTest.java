package org.ketaminetraining.certification.document;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The certificate document is a pure capability: given a signed certificate and a URL it makes bytes, with the
 * PDF library (PDFBox and its FontBox), the QR library (ZXing core) and the JDK alone, so it runs in a
 * command-line tool or a test as well as in the server. Stricter than the project-wide guard, which only forbids
 * the server frameworks.
 */
class DocumentPurityTest {

    @Test
    void theDocumentDependsOnlyOnTheJdkPdfBoxZxingAndTheCertificateCore() {
        classes().that().resideInAPackage("org.ketaminetraining.certification.document")
                .should().onlyDependOnClassesThat()
                // org.apache.fontbox is PDFBox's own font module, which its font classes expose.
                .resideInAnyPackage("java..", "org.apache.pdfbox..", "org.apache.fontbox..", "com.google.zxing..",
                        "org.ketaminetraining.certification.document",
                        "org.ketaminetraining.certification.signing",
                        "org.ketaminetraining.certification.rules")
                .because("a certificate PDF is made from the certificate alone, without a server")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.ketaminetraining.certification.document"));
    }
}
