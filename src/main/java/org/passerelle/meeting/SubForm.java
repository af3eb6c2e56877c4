package org.passerelle.meeting;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;

import org.passerelle.shared.InvalidFieldException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * How the coordinators' sub-forms of a meeting (agenda, invitations, attendance, minutes sections, decisions) are
 * saved, the same for all: a page of rows saved whole, followed by a redirect to the meeting.
 */
public final class SubForm {

	private SubForm() {
	}

	/**
	 * Saves, then back to the meeting with a flash message; a form error or a rule broken in the service shows the
	 * form again with the message next to its field. Rows keep the numbering they were sent with. When the list was
	 * saved by someone else since the form was read, {@code showCurrent} shows the form again with the current list,
	 * "someone changed this" above it, and 409.
	 */
	public static String save(BindingResult result, Runnable save, RedirectAttributes redirect, long id, String flash,
			String anchor, Supplier<String> showForm, Supplier<String> showCurrent, HttpServletResponse response) {
		if (result.hasErrors()) {
			return showForm.get();
		}
		try {
			save.run();
		}
		catch (InvalidFieldException ex) {
			result.rejectValue(ex.field(), ex.messageKey(), ex.getMessage());
			return showForm.get();
		}
		catch (OptimisticLockingFailureException ex) {
			result.reject("form.stale");
			response.setStatus(HttpStatus.CONFLICT.value());
			return showCurrent.get();
		}
		redirect.addFlashAttribute("flash", flash);
		return "redirect:/meetings/" + id + "#" + anchor;
	}

}
