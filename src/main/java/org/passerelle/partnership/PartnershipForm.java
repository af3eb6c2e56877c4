package org.passerelle.partnership;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.passerelle.shared.LocalizedText;
import org.passerelle.shared.ValidPartialDate;

/**
 * What a user may set on a partnership, from the form or the API. {@code parties} are organization ids in the
 * order they are shown (empty choices are ignored); {@code themes} are theme codes. {@code version} is the one
 * read before editing: a stale one is refused rather than overwriting someone else's change.
 */
public record PartnershipForm(List<Long> parties, @NotNull Instrument instrument, @NotNull PartnershipStatus status,
		@ValidPartialDate String started, @ValidPartialDate String ended, List<String> themes,
		@Size(max = 5000) String description, Long version, @Pattern(regexp = "(fr|ko|en)?") String descriptionLanguage,
		@Size(max = 5000) String descriptionFr, @Size(max = 5000) String descriptionKo,
		@Size(max = 5000) String descriptionEn) {

	/** A description in one language, told by its script (clients written before). */
	public PartnershipForm(List<Long> parties, Instrument instrument, PartnershipStatus status, String started,
			String ended, List<String> themes, String description, Long version) {
		this(parties, instrument, status, started, ended, themes, description, version, null, null, null, null);
	}

	/** Null when there is no description; {@code description} is the original. */
	public LocalizedText descriptionText() {
		return LocalizedText.ofNullable(description, descriptionLanguage, descriptionFr, descriptionKo, descriptionEn);
	}

	/** Party choices a page always offers (the third one optional). */
	static final int PARTY_ROWS = 3;

	public PartnershipForm {
		parties = parties == null ? new ArrayList<>() : new ArrayList<>(parties);
		themes = themes == null ? new ArrayList<>() : new ArrayList<>(themes);
	}

	/** The party ids actually chosen, in order. */
	List<Long> partyIds() {
		return parties.stream().filter(Objects::nonNull).toList();
	}

	/** The theme codes actually chosen, without blanks or repeats. */
	List<String> themeCodes() {
		return themes.stream().filter(code -> code != null && !code.isBlank()).map(String::strip).distinct().toList();
	}

	static PartnershipForm empty(Long firstParty) {
		List<Long> rows = new ArrayList<>();
		rows.add(firstParty);
		return new PartnershipForm(rows, null, PartnershipStatus.ACTIVE, null, null, null, null, null).withFreeRows();
	}

	static PartnershipForm of(PartnershipView view) {
		return new PartnershipForm(view.partyIds(), view.instrument(), view.status(),
				view.started() == null ? null : view.started().toString(),
				view.ended() == null ? null : view.ended().toString(),
				view.themes().stream().map(ThemeView::code).toList(), view.description(), view.version(),
				view.descriptionText() == null ? null : view.descriptionText().language(),
				view.descriptionText() == null ? null : view.descriptionText().fr(),
				view.descriptionText() == null ? null : view.descriptionText().ko(),
				view.descriptionText() == null ? null : view.descriptionText().en())
			.withFreeRows();
	}

	/** The same form with empty party choices added up to {@link #PARTY_ROWS}, and one free row beyond. */
	PartnershipForm withFreeRows() {
		List<Long> rows = new ArrayList<>(parties);
		while (rows.size() < PARTY_ROWS) {
			rows.add(null);
		}
		if (rows.stream().allMatch(Objects::nonNull)) {
			rows.add(null);
		}
		return new PartnershipForm(rows, instrument, status, started, ended, themes, description, version);
	}

}
