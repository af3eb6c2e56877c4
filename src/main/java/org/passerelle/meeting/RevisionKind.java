package org.passerelle.meeting;

/** The first publication of minutes, or a later amendment. */
public enum RevisionKind {

	PUBLICATION, AMENDMENT

}
