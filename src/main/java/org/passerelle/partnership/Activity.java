package org.passerelle.partnership;

import java.time.Instant;

import org.passerelle.shared.PartialDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An activity (사업): a project, a visit, an exchange programme, carried out within one partnership or by one
 * organization on its own.
 */
@Table("activity")
class Activity {

	@Id
	private Long id;

	@Version
	private Long version;

	private Long partnershipId;

	private Long organizationId;

	private String title;

	private String description;

	private PartialDate starts;

	private PartialDate ends;

	private ActivityStatus status;

	private PartialDate postponedTo;

	private boolean archived;

	private Instant createdAt;

	private Instant updatedAt;

	Long getId() {
		return id;
	}

	Long getVersion() {
		return version;
	}

	void setVersion(Long version) {
		this.version = version;
	}

	Long getPartnershipId() {
		return partnershipId;
	}

	Long getOrganizationId() {
		return organizationId;
	}

	/** Exactly one of the two is set. */
	void setSubject(Long partnershipId, Long organizationId) {
		this.partnershipId = partnershipId;
		this.organizationId = organizationId;
	}

	String getTitle() {
		return title;
	}

	void setTitle(String title) {
		this.title = title;
	}

	String getDescription() {
		return description;
	}

	void setDescription(String description) {
		this.description = description;
	}

	PartialDate getStarts() {
		return starts;
	}

	PartialDate getEnds() {
		return ends;
	}

	void setPeriod(PartialDate starts, PartialDate ends) {
		this.starts = starts;
		this.ends = ends;
	}

	ActivityStatus getStatus() {
		return status;
	}

	PartialDate getPostponedTo() {
		return postponedTo;
	}

	/** Only a postponed activity has a date it was postponed to. */
	void setStatus(ActivityStatus status, PartialDate postponedTo) {
		this.status = status;
		this.postponedTo = status == ActivityStatus.POSTPONED ? postponedTo : null;
	}

	boolean isArchived() {
		return archived;
	}

	void archive() {
		this.archived = true;
	}

	Instant getUpdatedAt() {
		return updatedAt;
	}

	void touch(Instant now) {
		if (createdAt == null) {
			createdAt = now;
		}
		updatedAt = now;
	}

}
