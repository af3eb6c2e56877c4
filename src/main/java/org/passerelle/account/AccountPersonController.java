package org.passerelle.account;

import org.passerelle.shared.InvalidFieldException;
import org.passerelle.shared.security.CurrentUser;
import org.passerelle.shared.security.PasserelleUser;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Coordinators and administrators link an account to the directory person it is, from the person's page (the
 * section {@link AccountPersonPanel} adds there), or remove that link; {@link AccountPersonLinking} checks who may.
 */
@Controller
class AccountPersonController {

	private final AccountPersonLinking links;

	AccountPersonController(AccountPersonLinking links) {
		this.links = links;
	}

	@PostMapping("/people/{id}/account")
	String link(@PathVariable long id, @RequestParam(required = false) Long accountId, RedirectAttributes redirect) {
		PasserelleUser actor = CurrentUser.require(signedIn -> true);
		try {
			links.link(id, accountId, actor);
			redirect.addFlashAttribute("flash", "account.person.linked");
		}
		catch (InvalidFieldException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
		}
		return "redirect:/people/" + id + "#account";
	}

	@PostMapping("/people/{id}/account/unlink")
	String unlink(@PathVariable long id, RedirectAttributes redirect) {
		links.unlink(id, CurrentUser.require(signedIn -> true));
		redirect.addFlashAttribute("flash", "account.person.unlinked");
		return "redirect:/people/" + id + "#account";
	}

}
