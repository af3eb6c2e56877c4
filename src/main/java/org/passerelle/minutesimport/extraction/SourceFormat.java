package org.passerelle.minutesimport.extraction;

/** What the text of the minutes was read from. */
public enum SourceFormat {

	/** Pasted into the form. */
	PASTED,

	TXT, DOCX, PDF

}
