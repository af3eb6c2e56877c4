package org.passerelle.account;

import jakarta.validation.Valid;

import org.passerelle.directory.Directory;
import org.passerelle.shared.InvalidFieldException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators list accounts, create them and switch them off (/admin is admin-only in the security rules). */
@Controller
class AccountAdminController {

	private final Accounts accounts;

	private final UserAccounts store;

	private final Directory directory;

	private final AccountPersonLinks personLinks;

	AccountAdminController(Accounts accounts, UserAccounts store, Directory directory, AccountPersonLinks personLinks) {
		this.accounts = accounts;
		this.store = store;
		this.directory = directory;
		this.personLinks = personLinks;
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
		if (result.hasErrors()) {
			return form(model, form, result);
		}
		try {
			accounts.create(form.email(), form.password(), form.displayName(), form.role(), form.organizationId());
		}
		catch (InvalidFieldException ex) {
			result.rejectValue(ex.field(), ex.messageKey(), ex.getMessage());
			return form(model, form, result);
		}
		redirect.addFlashAttribute("flash", "account.created");
		return "redirect:/admin/users";
	}

	@PostMapping("/admin/users/{id}/enabled")
	String toggle(@PathVariable long id, RedirectAttributes redirect) {
		UserAccount account = store.findById(id).orElseThrow(() -> new org.passerelle.shared.NotFoundException("account", id));
		account.setEnabled(!account.isEnabled());
		store.save(account);
		redirect.addFlashAttribute("flash", account.isEnabled() ? "account.enabled" : "account.disabled");
		return "redirect:/admin/users";
	}

	private String form(Model model, AccountForm form, BindingResult result) {
		model.addAttribute("form", new AccountFormView(form.email(), form.displayName(), form.role(), form.organizationId()));
		model.addAttribute("errors", result);
		model.addAttribute("choices", directory.activeOrganizations());
		return "account/user-form";
	}

}
