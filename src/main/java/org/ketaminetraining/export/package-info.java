/**
 * Tables written as files people open elsewhere: the neutralising of spreadsheet formulas that every CSV and XLSX
 * cell goes through, a streaming XLSX writer (fastexcel) and a paged PDF table (PDFBox, in the certificates'
 * embedded DejaVu fonts). Pure: cells, titles and dates in, bytes out to a stream; no server, page or database.
 */
package org.ketaminetraining.export;
