package org.passerelle.programme.roadmap;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.passerelle.shared.LocalizedText;
import org.passerelle.shared.PartialDate;
import org.passerelle.shared.ValidPartialDate;

/**
 * What a coordinator sets on an action or a milestone: title (original and translations), period as EDTF text
 * ("2021-06", "2021-11/2021-12"), owner organization, linked activities and action items by id, and the roadmap's
 * version that was read. The status moves apart ({@link StatusForm}).
 */
public record StepForm(@NotBlank @Size(max = 300) String title, @Pattern(regexp = "(fr|ko|en)?") String titleLanguage,
		@Size(max = 300) String titleFr, @Size(max = 300) String titleKo, @Size(max = 300) String titleEn,
		@ValidPartialDate String period, Long ownerOrganizationId, List<Long> activityIds, List<Long> actionItemIds,
		Long version) {

	public StepForm {
		activityIds = activityIds == null ? List.of() : List.copyOf(activityIds);
		actionItemIds = actionItemIds == null ? List.of() : List.copyOf(actionItemIds);
	}

	public LocalizedText titleText() {
		return new LocalizedText(title, titleLanguage, titleFr, titleKo, titleEn);
	}

	StepContent content() {
		return new StepContent(titleText(), PartialDate.parseOrNull(period), ownerOrganizationId, activityIds,
				actionItemIds);
	}

	static StepForm empty(Long version) {
		return new StepForm(null, null, null, null, null, null, null, List.of(), List.of(), version);
	}

	static StepForm of(RoadmapView.StepView step, long version) {
		LocalizedText t = step.title();
		return new StepForm(t.original(), t.language(), t.fr(), t.ko(), t.en(),
				step.period() == null ? null : step.period().toString(), step.ownerOrganizationId(),
				step.activityIds(), step.actionItemIds(), version);
	}

}
