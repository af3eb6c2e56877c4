package org.passerelle.meeting;

import java.time.Instant;
import java.time.ZoneId;
import org.passerelle.meeting.minutes.MinutesStatus;
import org.passerelle.shared.LocalizedText;

/** A meeting in a list: no agenda nor lists, with the state of its minutes. */
public record MeetingSummary(long id, long groupId, String title, Instant start, Instant end, ZoneId zone,
		MeetingFormat format, Visibility visibility, MinutesStatus minutesStatus, boolean archived,
		LocalizedText titleText) {

	/** A title in one language, told by its script. */
	public MeetingSummary(long id, long groupId, String title, Instant start, Instant end, ZoneId zone,
			MeetingFormat format, Visibility visibility, MinutesStatus minutesStatus, boolean archived) {
		this(id, groupId, title, start, end, zone, format, visibility, minutesStatus, archived, LocalizedText.of(title));
	}
}
