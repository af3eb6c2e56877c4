package org.passerelle.account;

import java.util.HashMap;
import java.util.Map;

import gg.jte.Content;
import gg.jte.TemplateEngine;

import org.passerelle.directory.PersonPanel;
import org.passerelle.shared.web.Ui;

import org.springframework.stereotype.Component;

/**
 * The person page's "account" section, for coordinators and administrators only (an account's e-mail is not for
 * every reader): the account linked to this person, with the form to link one or to remove the link.
 */
@Component
class AccountPersonPanel implements PersonPanel {

	private final AccountPersonLinking links;

	private final TemplateEngine templates;

	AccountPersonPanel(AccountPersonLinking links, TemplateEngine templates) {
		this.links = links;
		this.templates = templates;
	}

	@Override
	public int order() {
		return 100;
	}

	@Override
	public Content render(long personId, Ui ui) {
		if (!AccountPersonLinking.mayLink(ui.user())) {
			return output -> {
			};
		}
		AccountRow linked = links.accountOf(personId).orElse(null);
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("ui", ui);
		parameters.put("personId", personId);
		parameters.put("linked", linked);
		parameters.put("choices", linked == null ? links.unlinked() : java.util.List.of());
		return output -> templates.render("account/person-panel.jte", parameters, output);
	}

}
