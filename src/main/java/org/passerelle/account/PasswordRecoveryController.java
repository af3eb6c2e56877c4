package org.passerelle.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.passerelle.shared.InvalidFieldException;
import org.passerelle.shared.web.Ui;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * "Forgot password": an address in, the same answer whether it has an account or not (a link is mailed when it
 * has), limited per client address and per address asked for; then the link's page, where the new password is
 * set once.
 */
@Controller
class PasswordRecoveryController {

	static final String FORGOT = "/forgot-password";

	static final String SET = "/set-password/{token}";

	private final PasswordRecovery recovery;

	private final FormRateLimit limit;

	PasswordRecoveryController(PasswordRecovery recovery, FormRateLimit limit) {
		this.recovery = recovery;
		this.limit = limit;
	}

	@GetMapping(FORGOT)
	String initForgot(Model model) {
		return forgot(model, new PasswordResetForms.Forgot(null), null, false);
	}

	@PostMapping(FORGOT)
	String processForgot(@Valid @ModelAttribute("form") PasswordResetForms.Forgot form, BindingResult result,
			@ModelAttribute("ui") Ui ui, HttpServletRequest request, HttpServletResponse response, Model model) {
		if (result.hasErrors()) {
			return forgot(model, form, result, false);
		}
		if (!limit.tryAcquire("forgot-password", request.getRemoteAddr(), form.email())) {
			response.setStatus(429);
			return forgot(model, form, result, true);
		}
		recovery.requestReset(form.email(), ui.locale());
		return "redirect:" + FORGOT + "/sent";
	}

	@GetMapping(FORGOT + "/sent")
	String forgotSent() {
		return "account/forgot-password-sent";
	}

	@GetMapping(SET)
	String initSet(@PathVariable String token, HttpServletResponse response, Model model) {
		if (!recovery.usable(token)) {
			return unusable(response);
		}
		return set(model, token, null);
	}

	@PostMapping(SET)
	String processSet(@PathVariable String token, @Valid @ModelAttribute("form") PasswordResetForms.NewPassword form,
			BindingResult result, HttpServletResponse response, Model model) {
		if (!recovery.usable(token)) {
			return unusable(response);
		}
		if (!result.hasFieldErrors("confirmation") && !result.hasFieldErrors("newPassword")
				&& !form.newPassword().equals(form.confirmation())) {
			result.rejectValue("confirmation", "account.password.mismatch", "the two new passwords differ");
		}
		if (result.hasErrors()) {
			return set(model, token, result);
		}
		try {
			recovery.setPassword(token, form.newPassword());
		}
		catch (InvalidFieldException ex) {
			if ("token".equals(ex.field())) {
				return unusable(response);
			}
			result.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), ex.getMessage());
			return set(model, token, result);
		}
		return "redirect:/sign-in?password-set";
	}

	private static String unusable(HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_GONE);
		return "account/set-password-unusable";
	}

	private static String set(Model model, String token, BindingResult result) {
		model.addAttribute("token", token);
		model.addAttribute("errors", result);
		model.addAttribute("minLength", PasswordRule.MIN_LENGTH);
		model.addAttribute("maxBytes", PasswordRule.MAX_BYTES);
		return "account/set-password";
	}

	private String forgot(Model model, PasswordResetForms.Forgot form, BindingResult result, boolean limited) {
		model.addAttribute("form", form);
		model.addAttribute("errors", result);
		model.addAttribute("limited", limited);
		model.addAttribute("limitMinutes", limit.windowMinutes());
		return "account/forgot-password";
	}

}
