package org.passerelle.programme.roadmap;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a roadmap step stands, and the moves allowed from each status: a done step may be reopened, a cancelled one
 * planned again; nothing else goes back.
 */
public enum RoadmapStatus {

	PLANNED, ONGOING, DONE, POSTPONED, CANCELLED;

	/** The statuses this one may move to. */
	public Set<RoadmapStatus> next() {
		return switch (this) {
			case PLANNED -> EnumSet.of(ONGOING, DONE, POSTPONED, CANCELLED);
			case ONGOING -> EnumSet.of(DONE, POSTPONED, CANCELLED);
			case POSTPONED -> EnumSet.of(PLANNED, ONGOING, DONE, CANCELLED);
			case DONE -> EnumSet.of(ONGOING);
			case CANCELLED -> EnumSet.of(PLANNED);
		};
	}

	public boolean canMoveTo(RoadmapStatus target) {
		return target != null && next().contains(target);
	}

	/** Still to be done: neither done nor cancelled. */
	public boolean isOpen() {
		return this != DONE && this != CANCELLED;
	}

}
