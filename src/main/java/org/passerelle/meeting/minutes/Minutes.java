package org.passerelle.meeting.minutes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.passerelle.meeting.MeetingLock;

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

	private long sectionsVersion;

	private long decisionsVersion;

	/** When the review closes (set when the minutes go to review). */
	private LocalDate reviewClosesOn;

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

	long getSectionsVersion() {
		return sectionsVersion;
	}

	/**
	 * Replaces the sections as read at {@code readVersion}; a stale version is refused. The sections and the decisions have a version each, apart from the minutes'
	 * own (which every save and every move of the workflow raises), so that one coordinator's decisions or a move to
	 * review does not refuse another's long text.
	 */
	void replaceSections(List<MinutesSection> sections, long readVersion) {
		MeetingLock.checkVersion("sections", sectionsVersion, readVersion);
		this.sections = new ArrayList<>(sections);
		sectionsVersion++;
	}

	List<Decision> getDecisions() {
		return List.copyOf(decisions);
	}

	long getDecisionsVersion() {
		return decisionsVersion;
	}

	/** Replaces the decisions as read at {@code readVersion}, as {@link #replaceSections} does. */
	void replaceDecisions(List<Decision> decisions, long readVersion) {
		MeetingLock.checkVersion("decisions", decisionsVersion, readVersion);
		this.decisions = new ArrayList<>(decisions);
		decisionsVersion++;
	}

	/** DRAFT → REVIEW, open to the attendees' comments until {@code closesOn}. */
	void submitForReview(LocalDate closesOn) {
		move(MinutesStatus.DRAFT, MinutesStatus.REVIEW, "submit");
		reviewClosesOn = closesOn;
	}

	LocalDate getReviewClosesOn() {
		return reviewClosesOn;
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
