package org.passerelle.shared.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The bundles as pages read them: French messages elide where a name is inserted, the others are untouched. */
class ElidingMessageSourceTests {

	private static ElidingMessageSource messages() {
		ElidingMessageSource messages = new ElidingMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	@Test
	void theImportWarningReadsLaFonctionDAude() {
		ElidingMessageSource messages = messages();
		assertThat(messages.getMessage("importing.warning.titleJoined", new Object[] { "Aude", "Chargée de mission" },
				Locale.FRENCH))
			.isEqualTo("La fonction d’Aude tient sur deux lignes, réunies en « Chargée de mission ».");
		assertThat(messages.getMessage("importing.warning.titleJoined", new Object[] { "Claire", "Adjointe" },
				Locale.FRENCH))
			.startsWith("La fonction de Claire ");
		assertThat(messages.getMessage("importing.match.sameName", new Object[] { "Issy-les-Moulineaux" },
				Locale.FRENCH))
			.isEqualTo("Même nom qu’Issy-les-Moulineaux dans l’annuaire.");
		assertThat(messages.getMessage("account.resetPassword.done", new Object[] { "aude@example.org" },
				Locale.FRENCH))
			.startsWith("Le mot de passe d’aude@example.org a été réinitialisé");
	}

	@Test
	void otherLanguagesAndMessagesWithoutArgumentsAreAsWritten() {
		ElidingMessageSource messages = messages();
		assertThat(messages.getMessage("importing.warning.titleJoined", new Object[] { "Aude", "X" }, Locale.ENGLISH))
			.doesNotContain("’Aude");
		assertThat(messages.getMessage("account.signIn.title", null, Locale.FRENCH)).isEqualTo("Connexion");
	}

}
