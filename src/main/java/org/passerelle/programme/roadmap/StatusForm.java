package org.passerelle.programme.roadmap;

import jakarta.validation.constraints.NotNull;

import org.passerelle.shared.PartialDate;
import org.passerelle.shared.ValidPartialDate;

/** A step's next status; {@code period}, when postponing, the period it is postponed to. */
public record StatusForm(@NotNull RoadmapStatus status, @ValidPartialDate String period, Long version) {

	PartialDate newPeriod() {
		return PartialDate.parseOrNull(period);
	}

}
