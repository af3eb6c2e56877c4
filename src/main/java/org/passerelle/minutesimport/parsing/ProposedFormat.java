package org.passerelle.minutesimport.parsing;

/** How the meeting was held, as the header of the minutes says. */
public enum ProposedFormat {

	/** "En visioconférence", "visio", "en ligne", Zoom, Teams… */
	VIDEOCONFERENCE,

	/** A place or an address, nothing about a video link. */
	IN_PERSON,

	/** Both, or "hybride". */
	HYBRID

}
