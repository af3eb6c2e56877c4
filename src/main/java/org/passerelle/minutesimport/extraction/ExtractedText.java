package org.passerelle.minutesimport.extraction;

import java.util.List;

import org.passerelle.minutesimport.ImportWarning;

/**
 * The text of an uploaded file, line by line ("\n"), with what was noticed on the way (a windows-1252 file, a
 * name that did not say what the content was).
 */
public record ExtractedText(String text, SourceFormat format, List<ImportWarning> warnings) implements Extraction {

	public ExtractedText {
		warnings = List.copyOf(warnings);
	}

}
