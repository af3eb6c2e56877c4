package org.passerelle.meeting;

import java.time.LocalDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.passerelle.shared.CountryZone;
import org.passerelle.shared.LocalizedText;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What a coordinator sets on a meeting, from the form, the API or the minutes importer. {@code start} and
 * {@code end} are wall-clock times in the organizer's {@code zone} (a ZoneId: "Europe/Paris", "Asia/Seoul"); the
 * address is for on-site meetings, the link (http or https) for online ones. {@code version} is the one read before
 * editing. {@code titleFr}, {@code titleKo}, {@code titleEn}: translations of the title (the one in the original
 * title's own language is ignored).
 */
public record MeetingForm(@NotNull Long groupId, @NotBlank @Size(max = 300) String title,
		@Size(max = 5000) String description,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime start,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime end,
		@NotBlank @Size(max = 60) String zone, @NotNull MeetingFormat format, @Size(max = 500) String address,
		@Size(max = 500) @Pattern(regexp = "(https?://[^\\s<>\"]+)?") String videoLink, @NotNull Visibility visibility,
		Long version, @Pattern(regexp = "(fr|ko|en)?") String titleLanguage, @Size(max = 300) String titleFr,
		@Size(max = 300) String titleKo, @Size(max = 300) String titleEn) {

	/** A title in one language, its language told by its script (API clients and programs written before). */
	public MeetingForm(Long groupId, String title, String description, LocalDateTime start, LocalDateTime end,
			String zone, MeetingFormat format, String address, String videoLink, Visibility visibility, Long version) {
		this(groupId, title, description, start, end, zone, format, address, videoLink, visibility, version, null, null,
				null, null);
	}

	/** The title: {@code title} is the original, in {@code titleLanguage} (told by its script when not given). */
	public LocalizedText titleText() {
		return new LocalizedText(title, titleLanguage, titleFr, titleKo, titleEn);
	}

	static MeetingForm empty(Long groupId) {
		return new MeetingForm(groupId, null, null, null, null, CountryZone.groupMeetingZone().getId(),
				MeetingFormat.VIDEOCONFERENCE, null, null, Visibility.MEMBERS, null);
	}

	static MeetingForm of(MeetingView meeting) {
		LocalizedText title = meeting.titleText();
		return new MeetingForm(meeting.groupId(), meeting.title(), meeting.description(), meeting.localStart(),
				meeting.localEnd(), meeting.zone().getId(), meeting.format(), meeting.address(), meeting.videoLink(),
				meeting.visibility(), meeting.version(), title.language(), title.fr(), title.ko(), title.en());
	}

}
