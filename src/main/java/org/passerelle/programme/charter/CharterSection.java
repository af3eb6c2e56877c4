package org.passerelle.programme.charter;

import java.util.Locale;

import org.springframework.data.relational.core.mapping.Table;

/**
 * A section every presentation of the cycle must have ("context", "results and figures"…): a stable code the
 * submissions refer to, and its label in each language (user text, written by the coordinators).
 */
@Table("presentation_charter_section")
public record CharterSection(String code, String labelFr, String labelKo, String labelEn) {

	/** The label in the reader's language, else the first one written. */
	public String label(Locale locale) {
		String wanted = switch (locale == null ? "fr" : locale.getLanguage()) {
			case "ko" -> labelKo;
			case "en" -> labelEn;
			default -> labelFr;
		};
		if (wanted != null && !wanted.isBlank()) {
			return wanted;
		}
		for (String other : new String[] { labelFr, labelKo, labelEn }) {
			if (other != null && !other.isBlank()) {
				return other;
			}
		}
		return code;
	}

	public String label(String language) {
		return switch (language) {
			case "ko" -> labelKo;
			case "en" -> labelEn;
			default -> labelFr;
		};
	}

}
