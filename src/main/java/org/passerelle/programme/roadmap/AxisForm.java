package org.passerelle.programme.roadmap;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.passerelle.shared.LocalizedText;

/** An axis's title (the original and its translations), and the roadmap's version that was read. */
public record AxisForm(@NotBlank @Size(max = 300) String title, @Pattern(regexp = "(fr|ko|en)?") String titleLanguage,
		@Size(max = 300) String titleFr, @Size(max = 300) String titleKo, @Size(max = 300) String titleEn,
		Long version) {

	public LocalizedText titleText() {
		return new LocalizedText(title, titleLanguage, titleFr, titleKo, titleEn);
	}

	static AxisForm empty(Long version) {
		return new AxisForm(null, null, null, null, null, version);
	}

	static AxisForm of(RoadmapView.AxisView axis, long version) {
		LocalizedText t = axis.title();
		return new AxisForm(t.original(), t.language(), t.fr(), t.ko(), t.en(), version);
	}

}
