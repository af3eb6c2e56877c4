package org.passerelle.meeting;

/** Who may read a meeting: anyone, signed-in users, or only its invitees (and coordinators). */
public enum Visibility {

	PUBLIC, MEMBERS, INVITEES

}
