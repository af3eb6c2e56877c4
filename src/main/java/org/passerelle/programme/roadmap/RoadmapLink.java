package org.passerelle.programme.roadmap;

import org.springframework.data.relational.core.mapping.Table;

/** A step's link to a partnership activity or a meeting's action item, by id (exactly one of the two). */
@Table("roadmap_link")
class RoadmapLink {

	private long elementId;

	private Long activityId;

	private Long actionItemId;

	RoadmapLink() {
	}

	static RoadmapLink toActivity(long elementId, long activityId) {
		RoadmapLink link = new RoadmapLink();
		link.elementId = elementId;
		link.activityId = activityId;
		return link;
	}

	static RoadmapLink toActionItem(long elementId, long actionItemId) {
		RoadmapLink link = new RoadmapLink();
		link.elementId = elementId;
		link.actionItemId = actionItemId;
		return link;
	}

	long getElementId() {
		return elementId;
	}

	Long getActivityId() {
		return activityId;
	}

	Long getActionItemId() {
		return actionItemId;
	}

}
