package org.passerelle.meeting.minutes;

/** The first publication of minutes, or a later amendment. */
public enum RevisionKind {

	PUBLICATION, AMENDMENT

}
