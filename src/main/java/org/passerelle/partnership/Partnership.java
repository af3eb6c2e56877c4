package org.passerelle.partnership;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.passerelle.shared.LocalizedText;
import org.passerelle.shared.PartialDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A partnership between two or more organizations of at least two countries: its instrument, status, dates and
 * themes. The parties are kept in the order they were given.
 */
@Table("partnership")
class Partnership {

	@Id
	private Long id;

	@Version
	private Long version;

	private Instrument instrument;

	private PartnershipStatus status;

	private PartialDate started;

	private PartialDate ended;

	/** The original description; its language and translations beside it (see LocalizedText). */
	private String description;

	private String descriptionLanguage;

	private String descriptionFr;

	private String descriptionKo;

	private String descriptionEn;

	private boolean archived;

	private Instant createdAt;

	private Instant updatedAt;

	@MappedCollection(idColumn = "partnership_id", keyColumn = "position")
	private List<Party> parties = new ArrayList<>();

	@MappedCollection(idColumn = "partnership_id")
	private Set<ThemeTag> themes = new LinkedHashSet<>();

	/** One party: a row of {@code partnership_party}. */
	@Table("partnership_party")
	record Party(Long organizationId) {
	}

	/** One theme: a row of {@code partnership_theme}. */
	@Table("partnership_theme")
	record ThemeTag(String themeCode) {
	}

	Long getId() {
		return id;
	}

	Long getVersion() {
		return version;
	}

	void setVersion(Long version) {
		this.version = version;
	}

	Instrument getInstrument() {
		return instrument;
	}

	void setInstrument(Instrument instrument) {
		this.instrument = instrument;
	}

	PartnershipStatus getStatus() {
		return status;
	}

	void setStatus(PartnershipStatus status) {
		this.status = status;
	}

	PartialDate getStarted() {
		return started;
	}

	void setStarted(PartialDate started) {
		this.started = started;
	}

	PartialDate getEnded() {
		return ended;
	}

	void setEnded(PartialDate ended) {
		this.ended = ended;
	}

	String getDescription() {
		return description;
	}

	LocalizedText getDescriptionText() {
		return LocalizedText.ofNullable(description, descriptionLanguage, descriptionFr, descriptionKo, descriptionEn);
	}

	/** Null for none. */
	void setDescription(LocalizedText description) {
		this.description = description == null ? null : description.original();
		this.descriptionLanguage = description == null ? null : description.language();
		this.descriptionFr = description == null ? null : description.fr();
		this.descriptionKo = description == null ? null : description.ko();
		this.descriptionEn = description == null ? null : description.en();
	}

	boolean isArchived() {
		return archived;
	}

	void archive() {
		this.archived = true;
	}

	List<Long> getPartyIds() {
		return parties.stream().map(Party::organizationId).toList();
	}

	void setPartyIds(List<Long> organizationIds) {
		this.parties = new ArrayList<>(organizationIds.stream().map(Party::new).toList());
	}

	Set<String> getThemeCodes() {
		Set<String> codes = new LinkedHashSet<>();
		themes.forEach(theme -> codes.add(theme.themeCode()));
		return codes;
	}

	void setThemeCodes(List<String> codes) {
		this.themes = new LinkedHashSet<>(codes.stream().map(ThemeTag::new).toList());
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

}
