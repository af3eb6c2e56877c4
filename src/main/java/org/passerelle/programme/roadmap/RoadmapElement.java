package org.passerelle.programme.roadmap;

import org.passerelle.shared.LocalizedText;
import org.passerelle.shared.PartialDate;

import org.springframework.data.relational.core.mapping.Table;

/**
 * One row of a roadmap: an axis (title only), an action of an axis or a milestone of an action (title, period, owner,
 * status). Changed only through {@link Roadmap}.
 */
@Table("roadmap_element")
class RoadmapElement {

	private long elementId;

	private ElementKind kind;

	/** The axis of an action, the action of a milestone; null for an axis. */
	private Long parentId;

	private String title;

	private String titleLanguage;

	private String titleFr;

	private String titleKo;

	private String titleEn;

	private PartialDate period;

	private Long ownerOrganizationId;

	private RoadmapStatus status;

	RoadmapElement() {
	}

	RoadmapElement(long elementId, ElementKind kind, Long parentId) {
		this.elementId = elementId;
		this.kind = kind;
		this.parentId = parentId;
		this.status = kind == ElementKind.AXIS ? null : RoadmapStatus.PLANNED;
	}

	long getElementId() {
		return elementId;
	}

	ElementKind getKind() {
		return kind;
	}

	Long getParentId() {
		return parentId;
	}

	LocalizedText getTitle() {
		return new LocalizedText(title, titleLanguage, titleFr, titleKo, titleEn);
	}

	void setTitle(LocalizedText text) {
		this.title = text.original();
		this.titleLanguage = text.language();
		this.titleFr = text.fr();
		this.titleKo = text.ko();
		this.titleEn = text.en();
	}

	PartialDate getPeriod() {
		return period;
	}

	void setPeriod(PartialDate period) {
		this.period = period;
	}

	Long getOwnerOrganizationId() {
		return ownerOrganizationId;
	}

	void setOwnerOrganizationId(Long ownerOrganizationId) {
		this.ownerOrganizationId = ownerOrganizationId;
	}

	RoadmapStatus getStatus() {
		return status;
	}

	void setStatus(RoadmapStatus status) {
		this.status = status;
	}

}
