package org.passerelle.meeting;

import java.time.LocalDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.passerelle.shared.CountryZone;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What a coordinator sets on a meeting, from the form, the API or the minutes importer. {@code start} and
 * {@code end} are wall-clock times in the organizer's {@code zone} (a ZoneId: "Europe/Paris", "Asia/Seoul"); the
 * address is for on-site meetings, the link (http or https) for online ones. {@code version} is the one read before
 * editing.
 */
public record MeetingForm(@NotNull Long groupId, @NotBlank @Size(max = 300) String title,
		@Size(max = 5000) String description,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime start,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime end,
		@NotBlank @Size(max = 60) String zone, @NotNull MeetingFormat format, @Size(max = 500) String address,
		@Size(max = 500) @Pattern(regexp = "(https?://[^\\s<>\"]+)?") String videoLink, @NotNull Visibility visibility,
		Long version) {

	static MeetingForm empty(Long groupId) {
		return new MeetingForm(groupId, null, null, null, null, CountryZone.groupMeetingZone().getId(),
				MeetingFormat.VIDEOCONFERENCE, null, null, Visibility.MEMBERS, null);
	}

	static MeetingForm of(MeetingView meeting) {
		return new MeetingForm(meeting.groupId(), meeting.title(), meeting.description(), meeting.localStart(),
				meeting.localEnd(), meeting.zone().getId(), meeting.format(), meeting.address(), meeting.videoLink(),
				meeting.visibility(), meeting.version());
	}

}
