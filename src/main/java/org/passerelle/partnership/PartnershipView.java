package org.passerelle.partnership;

import java.util.List;
import java.util.stream.Collectors;

import org.passerelle.directory.OrganizationSummary;
import org.passerelle.shared.LocalizedText;
import org.passerelle.shared.PartialDate;

/**
 * What other modules and pages see of a partnership; parties in their order, themes by their position.
 * {@code description} is the original; {@code descriptionText} (null: none) what pages show.
 */
public record PartnershipView(long id, long version, List<OrganizationSummary> parties, Instrument instrument,
		PartnershipStatus status, PartialDate started, PartialDate ended, List<ThemeView> themes, String description,
		boolean archived, LocalizedText descriptionText) {

	/** A description in one language, told by its script. */
	public PartnershipView(long id, long version, List<OrganizationSummary> parties, Instrument instrument,
			PartnershipStatus status, PartialDate started, PartialDate ended, List<ThemeView> themes, String description,
			boolean archived) {
		this(id, version, parties, instrument, status, started, ended, themes, description, archived,
				LocalizedText.ofNullable(description, null, null, null, null));
	}

	/** Unmodifiable lists: one instance may be shared by every page that shows the partnership. */
	public PartnershipView {
		parties = List.copyOf(parties);
		themes = List.copyOf(themes);
	}

	public List<Long> partyIds() {
		return parties.stream().map(OrganizationSummary::id).toList();
	}

	public boolean hasParty(long organizationId) {
		return parties.stream().anyMatch(party -> party.id() == organizationId);
	}

	/** The parties' own names joined by an en dash: "Issy-les-Moulineaux – 구로구". */
	public String nativeLabel() {
		return parties.stream().map(party -> party.name().nativeName()).collect(Collectors.joining(" – "));
	}

}
