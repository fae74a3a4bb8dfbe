/**
 * Tests of the certificate PDF as its readers meet it: the words a person reads (pulled out again with PDFBox's
 * text extraction), the QR code a phone scans (the page rendered to pixels and decoded with ZXing), the signed file
 * a verifier extracts, and the layout's promise that long names stay on the page.
 */
package org.ketaminetraining.certification.document;
