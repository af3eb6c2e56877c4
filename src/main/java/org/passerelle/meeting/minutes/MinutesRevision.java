package org.passerelle.meeting.minutes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.passerelle.shared.LocalizedText;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** What was published at one publication or amendment of the minutes, by whom, when and why. Never changed. */
@Table("minutes_revision")
class MinutesRevision {

	@Id
	private Long id;

	private Long meetingId;

	private int number;

	private RevisionKind kind;

	private String note;

	private String createdBy;

	private Instant createdAt;

	@MappedCollection(idColumn = "revision_id", keyColumn = "position")
	private List<SectionText> sections = new ArrayList<>();

	@MappedCollection(idColumn = "revision_id", keyColumn = "position")
	private List<RevisionDecision> decisions = new ArrayList<>();

	MinutesRevision() {
	}

	MinutesRevision(long meetingId, int number, RevisionKind kind, String note, String createdBy, Instant createdAt,
			List<SectionText> sections, List<LocalizedText> decisions) {
		this.meetingId = meetingId;
		this.number = number;
		this.kind = kind;
		this.note = note;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
		this.sections = new ArrayList<>(sections);
		this.decisions = new ArrayList<>(decisions.stream().map(RevisionDecision::new).toList());
	}

	MinutesRevisionView view() {
		return MinutesRevisionView.of(meetingId, number, kind, note, createdBy, createdAt, List.copyOf(sections),
				decisions.stream().map(RevisionDecision::localized).toList());
	}

}
