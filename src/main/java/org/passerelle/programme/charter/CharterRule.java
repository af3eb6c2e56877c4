package org.passerelle.programme.charter;

/** What the charter asks of a presentation, one value per kind of shortfall {@link CharterCheck} reports. */
public enum CharterRule {

	/** The title in a required language. */
	TITLE_LANGUAGE,
	/** The abstract in a required language. */
	ABSTRACT_LANGUAGE,
	/** A text for a required section. */
	SECTION,
	/** A slides file. */
	SLIDES_MISSING,
	/** No more slides than the limit. */
	SLIDE_LIMIT,
	/** The slides as .pdf or .pptx. */
	FILE_TYPE

}
