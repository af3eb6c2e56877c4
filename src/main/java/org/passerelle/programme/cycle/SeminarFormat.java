package org.passerelle.programme.cycle;

/** How a seminar is held: online by default (the group's members are in two countries). */
public enum SeminarFormat {
	ONLINE, IN_PERSON, HYBRID
}
