package org.passerelle.meeting.importing;

/** The text read from a file ({@link ExtractedText}), or why there is none ({@link ImportFailure}). */
public sealed interface Extraction permits ExtractedText, ImportFailure {

}
