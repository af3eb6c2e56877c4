package org.passerelle.programme;

import java.time.Instant;

import org.passerelle.programme.consultation.ConsultationTimes;
import org.passerelle.shared.CountryZone;

import java.net.URI;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A rule of the programme refused in the state things are in ({@link ProgrammeRuleException}) is a 409 problem for
 * the programme's API controllers, its detail in the caller's language and its message key as {@code code}, in the
 * shape the shared API handler gives every other problem. Limited to this module's controllers (a selector's
 * conditions are alternatives, so the package alone): its page controllers catch the exception themselves and show
 * the message next to their form.
 */
@RestControllerAdvice(basePackages = "org.passerelle.programme")
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProgrammeApiAdvice {

	private final MessageSource messages;

	ProgrammeApiAdvice(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(ProgrammeRuleException.class)
	ResponseEntity<ProblemDetail> ruleRefused(ProgrammeRuleException ex, Locale locale) {
		Object[] arguments = ex.arguments();
		for (int i = 0; i < arguments.length; i++) {
			// an instant (a consultation's closing time) is told in Paris and Seoul time, as the pages tell it
			if (arguments[i] instanceof Instant instant) {
				arguments[i] = ConsultationTimes.format(instant, locale, CountryZone.USUAL);
			}
		}
		String detail = messages.getMessage(ex.messageKey(), arguments, ex.getMessage(), locale);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
		problem.setTitle("Not allowed in this state");
		problem.setType(URI.create("https://passerelle.example/problems/programme-rule"));
		if (ex.messageKey() != null) {
			problem.setProperty("code", ex.messageKey());
		}
		return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
	}

}
