package org.passerelle.account;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page; Spring Security handles the POST. */
@Controller
class SignInController {

	@GetMapping("/sign-in")
	String signIn(@RequestParam(required = false) String error, @RequestParam(required = false) String locked,
			@RequestParam(required = false) String busy, Model model) {
		model.addAttribute("failed", error != null);
		model.addAttribute("locked", locked != null);
		model.addAttribute("busy", busy != null);
		return "account/sign-in";
	}

}
