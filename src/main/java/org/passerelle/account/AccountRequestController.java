package org.passerelle.account;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.passerelle.directory.Directory;
import org.passerelle.shared.InvalidFieldException;
import org.passerelle.shared.security.CurrentUser;
import org.passerelle.shared.security.PasserelleUser;
import org.passerelle.shared.security.Role;
import org.passerelle.shared.web.Ui;

import org.springframework.dao.OptimisticLockingFailureException;
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
 * "Request an account": the public form a newcomer sends (limited per address and per e-mail like sign-ins, CSRF
 * as every form), and the coordinators' list where each request is accepted into an organization with a role, or
 * declined.
 */
@Controller
class AccountRequestController {

	static final String FORM = "/request-account";

	static final String LIST = "/account-requests";

	private final AccountRequestDesk desk;

	private final FormRateLimit limit;

	private final Directory directory;

	AccountRequestController(AccountRequestDesk desk, FormRateLimit limit, Directory directory) {
		this.desk = desk;
		this.limit = limit;
		this.directory = directory;
	}

	@GetMapping(FORM)
	String initRequest(Model model) {
		return form(model, new AccountRequestForm(null, null, null, null), null, false);
	}

	@PostMapping(FORM)
	String processRequest(@Valid @ModelAttribute("form") AccountRequestForm form, BindingResult result,
			@ModelAttribute("ui") Ui ui, HttpServletRequest request, HttpServletResponse response, Model model) {
		if (result.hasErrors()) {
			return form(model, form, result, false);
		}
		if (!limit.tryAcquire("request-account", request.getRemoteAddr(), form.email())) {
			response.setStatus(429);
			return form(model, form, result, true);
		}
		desk.submit(form, ui.lang());
		return "redirect:" + FORM + "/sent";
	}

	@GetMapping(FORM + "/sent")
	String sent() {
		return "account/request-sent";
	}

	@GetMapping(LIST)
	String list(Model model) {
		PasserelleUser user = CurrentUser.require(AccountRequestDesk::mayDecide);
		return list(model, user, null, null);
	}

	@PostMapping(LIST + "/{id}/accept")
	String accept(@PathVariable long id, @RequestParam(required = false) Role role,
			@RequestParam(required = false) Long organizationId, Model model, RedirectAttributes redirect) {
		PasserelleUser user = CurrentUser.require(AccountRequestDesk::mayDecide);
		try {
			desk.accept(id, role, organizationId, user);
		}
		catch (InvalidFieldException ex) {
			return list(model, user, id, ex);
		}
		catch (OptimisticLockingFailureException ex) {
			return list(model, user, id, new InvalidFieldException("status", "account.request.alreadyDecided", "stale"));
		}
		redirect.addFlashAttribute("flash", "account.request.acceptedFlash");
		return "redirect:" + LIST;
	}

	@PostMapping(LIST + "/{id}/decline")
	String decline(@PathVariable long id, Model model, RedirectAttributes redirect) {
		PasserelleUser user = CurrentUser.require(AccountRequestDesk::mayDecide);
		try {
			desk.decline(id, user);
		}
		catch (InvalidFieldException ex) {
			return list(model, user, id, ex);
		}
		catch (OptimisticLockingFailureException ex) {
			return list(model, user, id, new InvalidFieldException("status", "account.request.alreadyDecided", "stale"));
		}
		redirect.addFlashAttribute("flash", "account.request.declinedFlash");
		return "redirect:" + LIST;
	}

	private String list(Model model, PasserelleUser user, Long failedId, InvalidFieldException error) {
		model.addAttribute("pending", desk.pending(user).stream().map(AccountRequestRow::of).toList());
		model.addAttribute("decided", desk.recentlyDecided(user).stream().map(AccountRequestRow::of).toList());
		model.addAttribute("roles", AccountRequestDesk.rolesFor(user));
		model.addAttribute("choices", directory.activeOrganizations());
		model.addAttribute("failedId", failedId);
		model.addAttribute("error", error == null ? null
				: Map.entry(error.messageKey(), error.arguments() == null ? new Object[0] : error.arguments()));
		return "account/requests";
	}

	private String form(Model model, AccountRequestForm form, BindingResult result, boolean limited) {
		model.addAttribute("form", form);
		model.addAttribute("errors", result);
		model.addAttribute("limited", limited);
		model.addAttribute("limitMinutes", limit.windowMinutes());
		return "account/request";
	}

}
