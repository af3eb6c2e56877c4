package org.passerelle.meeting;

/** Where a meeting happens: on site at an address, by videoconference with a link, or both. */
public enum MeetingFormat {

	IN_PERSON, VIDEOCONFERENCE, HYBRID;

	/** Whether an address applies (on site or hybrid). */
	public boolean onSite() {
		return this != VIDEOCONFERENCE;
	}

	/** Whether a videoconference link applies (online or hybrid). */
	public boolean online() {
		return this != IN_PERSON;
	}

}
