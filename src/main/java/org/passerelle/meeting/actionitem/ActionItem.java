package org.passerelle.meeting.actionitem;

import java.time.Instant;

import org.passerelle.shared.LocalizedText;
import org.passerelle.shared.PartialDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** Something a meeting asked an organization to do, by when (as precisely as said: "2021-03"), and where it stands. */
@Table("action_item")
class ActionItem {

	@Id
	private Long id;

	@Version
	private Long version;

	private Long meetingId;

	private Long ownerOrganizationId;

	/** The original title; its language and translations beside it (see LocalizedText). */
	private String title;

	private String titleLanguage;

	private String titleFr;

	private String titleKo;

	private String titleEn;

	private PartialDate due;

	private ActionItemStatus status;

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

	Long getMeetingId() {
		return meetingId;
	}

	void setMeetingId(Long meetingId) {
		this.meetingId = meetingId;
	}

	Long getOwnerOrganizationId() {
		return ownerOrganizationId;
	}

	void setOwnerOrganizationId(Long ownerOrganizationId) {
		this.ownerOrganizationId = ownerOrganizationId;
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

	PartialDate getDue() {
		return due;
	}

	void setDue(PartialDate due) {
		this.due = due;
	}

	ActionItemStatus getStatus() {
		return status;
	}

	void setStatus(ActionItemStatus status) {
		this.status = status;
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

	ActionItemView view() {
		return new ActionItemView(id, version, meetingId, ownerOrganizationId, title, due, status, updatedAt,
				new LocalizedText(title, titleLanguage, titleFr, titleKo, titleEn));
	}

}
