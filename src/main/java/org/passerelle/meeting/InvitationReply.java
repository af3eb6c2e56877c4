package org.passerelle.meeting;

/** An invitee's answer; no reply yet is {@code null}. */
public enum InvitationReply {

	ACCEPTED, DECLINED

}
