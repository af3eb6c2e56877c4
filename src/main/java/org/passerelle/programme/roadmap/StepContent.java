package org.passerelle.programme.roadmap;

import java.util.List;

import org.passerelle.shared.LocalizedText;
import org.passerelle.shared.PartialDate;

/**
 * What a coordinator sets on an action or a milestone (its status moves apart, by {@link Roadmap#changeStatus}): the
 * links are ids of activities and action items, checked to exist by the service.
 */
record StepContent(LocalizedText title, PartialDate period, Long ownerOrganizationId, List<Long> activityIds,
		List<Long> actionItemIds) {

	StepContent {
		activityIds = activityIds == null ? List.of() : activityIds.stream().distinct().toList();
		actionItemIds = actionItemIds == null ? List.of() : actionItemIds.stream().distinct().toList();
	}

}
