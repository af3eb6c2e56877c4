package org.passerelle.programme.cycle;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.passerelle.shared.LocalizedText;
import org.passerelle.shared.ValidPartialDate;

/**
 * What a coordinator sets on a seminar, from the form or the API: its theme (a managed theme's code), its title (the
 * original in {@code titleLanguage}, with translations), the target period as a partial date ("2021-06",
 * "2021-11/2021-12"), the duration in minutes and the format (online when not given).
 */
public record SeminarForm(@NotBlank @Size(max = 40) String themeCode, @NotBlank @Size(max = 300) String title,
		@Pattern(regexp = "(fr|ko|en)?") String titleLanguage, @Size(max = 300) String titleFr,
		@Size(max = 300) String titleKo, @Size(max = 300) String titleEn, @ValidPartialDate String targetPeriod,
		@Min(15) @Max(1440) Integer durationMinutes, SeminarFormat format, Long version) {

	public LocalizedText titleText() {
		return new LocalizedText(title, titleLanguage, titleFr, titleKo, titleEn);
	}

	public int duration() {
		return durationMinutes == null ? 90 : durationMinutes;
	}

	public static SeminarForm empty() {
		return new SeminarForm(null, null, null, null, null, null, null, 90, SeminarFormat.ONLINE, null);
	}

	public static SeminarForm of(SeminarView view) {
		LocalizedText title = view.title();
		return new SeminarForm(view.themeCode(), title.original(), title.language(), title.fr(), title.ko(), title.en(),
				view.targetPeriod() == null ? null : view.targetPeriod().toString(), view.durationMinutes(),
				view.format(), view.version());
	}

}
