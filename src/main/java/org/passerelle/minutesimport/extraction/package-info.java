/**
 * The text of an uploaded file ({@link org.passerelle.minutesimport.extraction.TextExtractor}): PDF, .docx or text,
 * told by the first bytes rather than the name, as an {@link org.passerelle.minutesimport.extraction.ExtractedText} or
 * an {@code ImportFailure} with the reason. Crafted files (zip bombs, XML entity expansion, PDFs that decompress to
 * gigabytes or hold thousands of pages) are refused within the budget the readers share, never read into memory.
 */
package org.passerelle.minutesimport.extraction;
