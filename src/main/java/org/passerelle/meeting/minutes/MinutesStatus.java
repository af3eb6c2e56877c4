package org.passerelle.meeting.minutes;

/**
 * Where the minutes stand: written by coordinators ({@code DRAFT}), read and commented on by the attendees
 * ({@code REVIEW}), then {@code PUBLISHED}; an amendment of published minutes is published again at once, with its
 * note, as a new revision.
 */
public enum MinutesStatus {

	DRAFT, REVIEW, PUBLISHED

}
