package org.passerelle.notification;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.passerelle.support.IntegrationTest;
import org.passerelle.support.TestAccounts;
import org.passerelle.support.TestData;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Without a mail server, everyone who reads the outbox learns that mails are kept, but only administrators, who run
 * the server, read how to set one up; coordinators are told whom to ask.
 */
@IntegrationTest
class OutboxSetupHintTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Mailer mailer;

	@Test
	void onlyAdministratorsReadTheServerSetUp() throws Exception {
		long id = mailer.send(OutgoingMail.text(List.of("hint-" + TestData.unique() + "@example.org"), "Objet", "texte"));
		for (String path : List.of("/outbox", "/outbox/" + id)) {
			mvc.perform(get(path).with(TestAccounts.admin()).header("Accept-Language", "fr"))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("Aucun serveur SMTP n’est configuré"),
						containsString("id=\"smtp-setup\""), containsString("SPRING_MAIL_HOST"))));
			mvc.perform(get(path).with(TestAccounts.coordinator()).header("Accept-Language", "fr"))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("Aucun serveur SMTP n’est configuré"),
						containsString("Les réglages du serveur d’envoi sont l’affaire des administrateurs."),
						not(containsString("SPRING_MAIL_HOST")))));
		}
	}

}
