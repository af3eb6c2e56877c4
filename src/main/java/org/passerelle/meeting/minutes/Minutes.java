package org.passerelle.meeting.minutes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The minutes of one meeting as coordinators write them (the working copy), and where they stand. The workflow:
 * DRAFT → REVIEW (attendees comment) → PUBLISHED, and back from REVIEW to DRAFT; published minutes are amended in
 * place and each publication or amendment is kept as a {@link MinutesRevision}. Any other move is refused.
 */
@Table("minutes")
class Minutes {

	@Id
	private Long meetingId;

	@Version
	private Long version;

	private MinutesStatus status;

	private Instant updatedAt;

	@MappedCollection(idColumn = "meeting_id", keyColumn = "position")
	private List<MinutesSection> sections = new ArrayList<>();

	@MappedCollection(idColumn = "meeting_id", keyColumn = "position")
	private List<Decision> decisions = new ArrayList<>();

	Minutes() {
	}

	static Minutes begin(long meetingId) {
		Minutes minutes = new Minutes();
		minutes.meetingId = meetingId;
		minutes.status = MinutesStatus.DRAFT;
		return minutes;
	}

	Long getMeetingId() {
		return meetingId;
	}

	Long getVersion() {
		return version;
	}

	MinutesStatus getStatus() {
		return status;
	}

	Instant getUpdatedAt() {
		return updatedAt;
	}

	List<MinutesSection> getSections() {
		return List.copyOf(sections);
	}

	void setSections(List<MinutesSection> sections) {
		this.sections = new ArrayList<>(sections);
	}

	List<Decision> getDecisions() {
		return List.copyOf(decisions);
	}

	void setDecisions(List<Decision> decisions) {
		this.decisions = new ArrayList<>(decisions);
	}

	void submitForReview() {
		move(MinutesStatus.DRAFT, MinutesStatus.REVIEW, "submit");
	}

	void returnToDraft() {
		move(MinutesStatus.REVIEW, MinutesStatus.DRAFT, "returnToDraft");
	}

	void publish() {
		move(MinutesStatus.REVIEW, MinutesStatus.PUBLISHED, "publish");
	}

	void amend() {
		move(MinutesStatus.PUBLISHED, MinutesStatus.PUBLISHED, "amend");
	}

	private void move(MinutesStatus from, MinutesStatus to, String action) {
		if (status != from) {
			throw new MinutesTransitionException(status, action);
		}
		status = to;
	}

	void touch(Instant now) {
		updatedAt = now;
	}

}
