package org.passerelle.meeting.actionitem;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.passerelle.shared.LocalizedText;
import org.passerelle.shared.ValidPartialDate;

/**
 * What a coordinator sets on an action item: the meeting that decided it, the organization that owns it, what,
 * by when (EDTF text: "2021-06-30", "2021-03", "2021"), and its status. {@code version} is the one read before
 * editing. {@code titleFr}, {@code titleKo}, {@code titleEn}: translations of the title.
 */
public record ActionItemForm(@NotNull Long meetingId, @NotNull Long ownerOrganizationId,
		@NotBlank @Size(max = 300) String title, @ValidPartialDate String due, @NotNull ActionItemStatus status,
		Long version, @Pattern(regexp = "(fr|ko|en)?") String titleLanguage, @Size(max = 300) String titleFr,
		@Size(max = 300) String titleKo, @Size(max = 300) String titleEn) {

	/** A new action item. */
	public ActionItemForm(Long meetingId, Long ownerOrganizationId, String title, String due, ActionItemStatus status) {
		this(meetingId, ownerOrganizationId, title, due, status, null);
	}

	/** A title in one language, told by its script (clients written before). */
	public ActionItemForm(Long meetingId, Long ownerOrganizationId, String title, String due, ActionItemStatus status,
			Long version) {
		this(meetingId, ownerOrganizationId, title, due, status, version, null, null, null, null);
	}

	static ActionItemForm of(ActionItemView item) {
		LocalizedText title = item.titleText();
		return new ActionItemForm(item.meetingId(), item.ownerOrganizationId(), item.title(),
				item.due() == null ? null : item.due().toString(), item.status(), item.version(), title.language(),
				title.fr(), title.ko(), title.en());
	}

	/** {@code title} is the original, in {@code titleLanguage} (told by its script when not given). */
	public LocalizedText titleText() {
		return new LocalizedText(title, titleLanguage, titleFr, titleKo, titleEn);
	}

}
