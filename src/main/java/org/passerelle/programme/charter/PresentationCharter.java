package org.passerelle.programme.charter;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.passerelle.shared.InvalidFieldException;
import org.passerelle.shared.LocalizedText;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * What a cycle asks of every host's presentation: its sections, its length in minutes, a slide limit and the
 * languages its title and abstract must be written in. One per cycle; coordinators revise it as a whole.
 */
@Table("presentation_charter")
public class PresentationCharter {

	public static final int MAX_DURATION = 240;

	public static final int MAX_SLIDES = 500;

	public static final int MAX_SECTIONS = 20;

	public static final int MAX_LABEL = 200;

	@Id
	private Long id;

	@Version
	private Long version;

	private long cycleId;

	private int durationMinutes;

	private int slideLimit;

	private String requiredLanguages;

	@MappedCollection(idColumn = "presentation_charter_id", keyColumn = "position")
	private List<CharterSection> sections = new ArrayList<>();

	private Instant updatedAt;

	private Long updatedBy;

	PresentationCharter() {
	}

	static PresentationCharter of(long cycleId) {
		PresentationCharter charter = new PresentationCharter();
		charter.cycleId = cycleId;
		return charter;
	}

	/**
	 * The whole charter, checked: 1 to {@value #MAX_DURATION} minutes, 1 to {@value #MAX_SLIDES} slides, at least one
	 * language among fr, ko, en, 1 to {@value #MAX_SECTIONS} sections with distinct codes and a label each (in at
	 * least one language, at most {@value #MAX_LABEL} characters).
	 */
	void revise(int durationMinutes, int slideLimit, Set<String> languages, List<CharterSection> sections, Instant now,
			Long by) {
		if (durationMinutes < 1 || durationMinutes > MAX_DURATION) {
			throw new InvalidFieldException("durationMinutes", "programme.charter.durationInvalid",
					"duration between 1 and " + MAX_DURATION, 1, MAX_DURATION);
		}
		if (slideLimit < 1 || slideLimit > MAX_SLIDES) {
			throw new InvalidFieldException("slideLimit", "programme.charter.slideLimitInvalid",
					"slide limit between 1 and " + MAX_SLIDES, 1, MAX_SLIDES);
		}
		Set<String> required = new LinkedHashSet<>();
		for (String language : LocalizedText.LANGUAGES) {
			if (languages.contains(language)) {
				required.add(language);
			}
		}
		if (required.isEmpty() || !LocalizedText.LANGUAGES.containsAll(languages)) {
			throw new InvalidFieldException("languages", "programme.charter.languagesInvalid",
					"at least one of fr, ko, en");
		}
		if (sections.isEmpty() || sections.size() > MAX_SECTIONS) {
			throw new InvalidFieldException("sections", "programme.charter.sectionsCount",
					"between 1 and " + MAX_SECTIONS + " sections", 1, MAX_SECTIONS);
		}
		Set<String> codes = new HashSet<>();
		for (CharterSection section : sections) {
			if (section.code() == null || !section.code().matches("[a-z0-9-]{1,40}") || !codes.add(section.code())) {
				throw new InvalidFieldException("sections", "programme.charter.sectionCodeInvalid",
						"section codes are distinct, lower-case letters, digits and dashes");
			}
			boolean labelled = false;
			for (String label : new String[] { section.labelFr(), section.labelKo(), section.labelEn() }) {
				if (label != null && label.length() > MAX_LABEL) {
					throw new InvalidFieldException("sections", "programme.charter.sectionLabelTooLong",
							"a label has at most " + MAX_LABEL + " characters", MAX_LABEL);
				}
				labelled |= label != null && !label.isBlank();
			}
			if (!labelled) {
				throw new InvalidFieldException("sections", "programme.charter.sectionLabelMissing",
						"each section has a label");
			}
		}
		this.durationMinutes = durationMinutes;
		this.slideLimit = slideLimit;
		this.requiredLanguages = String.join(",", required);
		this.sections = new ArrayList<>(sections);
		this.updatedAt = now;
		this.updatedBy = by;
	}

	public CharterRules rules() {
		return new CharterRules(getRequiredLanguages(), sections.stream().map(CharterSection::code).toList(),
				slideLimit);
	}

	public Long getId() {
		return id;
	}

	public Long getVersion() {
		return version;
	}

	public long getCycleId() {
		return cycleId;
	}

	public int getDurationMinutes() {
		return durationMinutes;
	}

	public int getSlideLimit() {
		return slideLimit;
	}

	/** In the site's order: fr, ko, en. */
	public Set<String> getRequiredLanguages() {
		Set<String> languages = new LinkedHashSet<>();
		for (String language : requiredLanguages.split(",")) {
			if (!language.isBlank()) {
				languages.add(language);
			}
		}
		return languages;
	}

	public List<CharterSection> getSections() {
		return List.copyOf(sections);
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

}
