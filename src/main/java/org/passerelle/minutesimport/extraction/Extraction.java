package org.passerelle.minutesimport.extraction;

import org.passerelle.minutesimport.ImportFailure;

/**
 * The text read from a file ({@link ExtractedText}), or why there is none ({@link ImportFailure}, the same failure
 * the whole import gives). Not sealed only because the two live in different packages.
 */
public interface Extraction {

}
