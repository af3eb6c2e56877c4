package org.passerelle.account;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.passerelle.directory.Directory;
import org.passerelle.shared.InvalidFieldException;
import org.passerelle.shared.security.CurrentUser;
import org.passerelle.shared.security.PasserelleUser;
import org.passerelle.shared.security.SignedInSessionFilter;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators list accounts, create them, switch them off and reset their passwords (/admin is admin-only in
 * the security rules; the service checks it again).
 */
@Controller
class AccountAdminController {

	private final AccountManagement accounts;

	private final Directory directory;

	private final AccountPersonLinking personLinks;

	private final Clock clock;

	AccountAdminController(AccountManagement accounts, Directory directory, AccountPersonLinking personLinks,
			Clock clock) {
		this.accounts = accounts;
		this.directory = directory;
		this.personLinks = personLinks;
		this.clock = clock;
	}

	@GetMapping("/admin/users")
	String list(Model model) {
		var all = accounts.all();
		model.addAttribute("accounts", all.stream().map(AccountRow::of).toList());
		model.addAttribute("organizations",
				directory.organizationsById(all.stream().map(UserAccount::getOrganizationId).toList()));
		// which person each account is: linked from the person's page
		model.addAttribute("linkedPeople", personLinks.peopleOf(all));
		return "account/users";
	}

	@GetMapping("/admin/users/new")
	String initCreate(Model model) {
		return form(model, new AccountForm(null, null, null, null, null), null);
	}

	@PostMapping("/admin/users")
	String processCreate(@Valid @ModelAttribute("form") AccountForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasFieldErrors("password")) {
			// a password an administrator chooses follows the rule of one a user chooses, said with the other errors
			try {
				PasswordRule.check("password", form.password());
			}
			catch (InvalidFieldException ex) {
				reject(result, ex);
			}
		}
		if (result.hasErrors()) {
			return form(model, form, result);
		}
		try {
			accounts.create(form.email(), form.password(), form.displayName(), form.role(), form.organizationId());
		}
		catch (InvalidFieldException ex) {
			reject(result, ex);
			return form(model, form, result);
		}
		redirect.addFlashAttribute("flash", "account.created");
		return "redirect:/admin/users";
	}

	@PostMapping("/admin/users/{id}/enabled")
	String toggle(@PathVariable long id, @RequestParam boolean enabled, RedirectAttributes redirect) {
		PasserelleUser actor = CurrentUser.require(PasserelleUser::isAdmin);
		// the state asked for, not a flip, so that a second click does not switch it back
		try {
			accounts.setEnabled(id, enabled, actor);
			redirect.addFlashAttribute("flash", enabled ? "account.enabled" : "account.disabled");
		}
		catch (LastAdministratorException ex) {
			redirect.addFlashAttribute("flashError", "account.lastAdministrator");
		}
		return "redirect:/admin/users";
	}

	/** The new password is shown on this answer only: not kept in the session, not logged, not cached. */
	@PostMapping("/admin/users/{id}/password")
	String resetPassword(@PathVariable long id, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		PasserelleUser actor = CurrentUser.require(PasserelleUser::isAdmin);
		String password = accounts.resetPassword(id, actor);
		if (actor.id() == id) {
			// an administrator resetting its own password stays signed in here, like after a change
			SignedInSessionFilter.stamp(request, clock);
		}
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		model.addAttribute("account", AccountRow.of(accounts.find(id)));
		model.addAttribute("password", password);
		return "account/password-reset";
	}

	private static void reject(BindingResult result, InvalidFieldException ex) {
		result.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), ex.getMessage());
	}

	private String form(Model model, AccountForm form, BindingResult result) {
		model.addAttribute("form", new AccountFormView(form.email(), form.displayName(), form.role(), form.organizationId()));
		model.addAttribute("errors", result);
		model.addAttribute("choices", directory.activeOrganizations());
		model.addAttribute("minLength", PasswordRule.MIN_LENGTH);
		return "account/user-form";
	}

}
