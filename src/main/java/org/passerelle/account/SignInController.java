package org.passerelle.account;

import org.passerelle.shared.security.SignInThrottle;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page; Spring Security handles the POST. */
@Controller
class SignInController {

	private final SignInThrottle throttle;

	SignInController(SignInThrottle throttle) {
		this.throttle = throttle;
	}

	@GetMapping("/sign-in")
	String signIn(@RequestParam(required = false) String error, @RequestParam(required = false) String locked,
			@RequestParam(required = false) String busy,
			@RequestParam(name = "password-set", required = false) String passwordSet, Model model) {
		model.addAttribute("failed", error != null);
		model.addAttribute("locked", locked != null);
		model.addAttribute("busy", busy != null);
		model.addAttribute("passwordSet", passwordSet != null);
		// how long a locked account waits, as configured
		model.addAttribute("lockMinutes", throttle.lockMinutes());
		return "account/sign-in";
	}

}
