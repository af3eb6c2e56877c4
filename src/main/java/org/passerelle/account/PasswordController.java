package org.passerelle.account;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.passerelle.shared.InvalidFieldException;
import org.passerelle.shared.security.CurrentUser;
import org.passerelle.shared.security.PasserelleUser;
import org.passerelle.shared.security.SignedInSessionFilter;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Every signed-in user changes its own password here (/account/** needs a sign-in), giving the current one: a
 * borrowed session alone cannot take the account over. {@link AccountManagement#changeOwnPassword} checks the new
 * one and counts wrong current ones in the sign-in throttle; this page checks that it was typed twice alike.
 */
@Controller
class PasswordController {

	static final String PATH = "/account/password";

	private static final String VIEW = "account/password";

	private final AccountManagement accounts;

	private final Clock clock;

	PasswordController(AccountManagement accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@GetMapping(PATH)
	String initChange(Model model) {
		CurrentUser.require(user -> true);
		return form(model, null);
	}

	@PostMapping(PATH)
	String processChange(@Valid @ModelAttribute("form") PasswordChangeForm form, BindingResult result,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		PasserelleUser user = CurrentUser.require(signedIn -> true);
		if (!result.hasFieldErrors("confirmation") && !result.hasFieldErrors("newPassword")
				&& !form.newPassword().equals(form.confirmation())) {
			result.rejectValue("confirmation", "account.password.mismatch", "the two new passwords differ");
		}
		if (result.hasErrors()) {
			return form(model, result);
		}
		try {
			accounts.changeOwnPassword(user, request.getRemoteAddr(), form.currentPassword(), form.newPassword());
		}
		catch (InvalidFieldException ex) {
			result.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), ex.getMessage());
			return form(model, result);
		}
		// this session goes on; the account's other sessions end at their next request
		SignedInSessionFilter.stamp(request, clock);
		redirect.addFlashAttribute("flash", "account.password.changed");
		return "redirect:" + PATH;
	}

	private static String form(Model model, BindingResult result) {
		model.addAttribute("errors", result);
		model.addAttribute("minLength", PasswordRule.MIN_LENGTH);
		model.addAttribute("maxBytes", PasswordRule.MAX_BYTES);
		return VIEW;
	}

}
