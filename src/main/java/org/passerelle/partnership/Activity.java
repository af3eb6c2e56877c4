package org.passerelle.partnership;

import java.time.Instant;

import org.passerelle.shared.LocalizedText;
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

	/** The original title and description; their languages and translations beside them (see LocalizedText). */
	private String title;

	private String titleLanguage;

	private String titleFr;

	private String titleKo;

	private String titleEn;

	private String description;

	private String descriptionLanguage;

	private String descriptionFr;

	private String descriptionKo;

	private String descriptionEn;

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

	void setTitle(LocalizedText title) {
		this.title = title.original();
		this.titleLanguage = title.language();
		this.titleFr = title.fr();
		this.titleKo = title.ko();
		this.titleEn = title.en();
	}

	String getDescription() {
		return description;
	}

	/** Null for none. */
	void setDescription(LocalizedText description) {
		this.description = description == null ? null : description.original();
		this.descriptionLanguage = description == null ? null : description.language();
		this.descriptionFr = description == null ? null : description.fr();
		this.descriptionKo = description == null ? null : description.ko();
		this.descriptionEn = description == null ? null : description.en();
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
