package org.passerelle.partnership;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A theme as coordinators add or rename it. The code is chosen once (lower case words joined by hyphens, as in
 * "smart-cities") and never changes; names do. Public only because the page templates (compiled into another
 * package) read it; themes are managed through the themes page, not by other modules.
 */
public record ThemeForm(@NotBlank @Size(max = 40) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*") String code,
		@NotBlank @Size(max = 120) String nameFr, @NotBlank @Size(max = 120) String nameKo,
		@NotBlank @Size(max = 120) String nameEn) {

	static ThemeForm empty() {
		return new ThemeForm(null, null, null, null);
	}

	static ThemeForm of(Theme theme) {
		return new ThemeForm(theme.getCode(), theme.getNameFr(), theme.getNameKo(), theme.getNameEn());
	}

}
