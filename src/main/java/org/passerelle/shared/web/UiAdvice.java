package org.passerelle.shared.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.passerelle.shared.security.CurrentUser;

import org.springframework.context.MessageSource;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.resource.ResourceUrlProviderExposingInterceptor;

/** Gives every page its {@link Ui}. */
@ControllerAdvice
class UiAdvice {

	private final MessageSource messages;

	UiAdvice(MessageSource messages) {
		this.messages = messages;
	}

	@ModelAttribute("ui")
	Ui ui(HttpServletRequest request, Locale locale) {
		return create(messages, request, locale);
	}

	static Ui create(MessageSource messages, HttpServletRequest request, Locale locale) {
		CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return new Ui(messages, SupportedOnlyLocaleResolver.supported(locale), CurrentUser.get().orElse(null), csrf,
				path.isEmpty() ? "/" : path, request.getQueryString(), (ResourceUrlProvider) request
					.getAttribute(ResourceUrlProviderExposingInterceptor.RESOURCE_URL_PROVIDER_ATTR));
	}

}
