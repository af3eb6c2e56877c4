package org.passerelle.shared.web;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

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

	/**
	 * Content-hashed addresses of style sheets and scripts, by plain address. The resource chain matches every
	 * resource pattern on each lookup, and a page makes several; the files do not change while Passerelle runs.
	 */
	private final Map<String, String> assetAddresses = new ConcurrentHashMap<>();

	private final Clock clock;

	UiAdvice(MessageSource messages, Clock clock) {
		this.messages = messages;
		this.clock = clock;
	}

	@ModelAttribute("ui")
	Ui ui(HttpServletRequest request, Locale locale) {
		return create(request, locale);
	}

	Ui create(HttpServletRequest request, Locale locale) {
		CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return new Ui(messages, SupportedOnlyLocaleResolver.supported(locale), CurrentUser.get().orElse(null), csrf,
				path.isEmpty() ? "/" : path, request.getQueryString(), assets(request), clock);
	}

	/** Where no resource chain ran (error pages before the handler, tests), assets keep their plain address. */
	private UnaryOperator<String> assets(HttpServletRequest request) {
		ResourceUrlProvider provider = (ResourceUrlProvider) request
			.getAttribute(ResourceUrlProviderExposingInterceptor.RESOURCE_URL_PROVIDER_ATTR);
		if (provider == null) {
			return null;
		}
		return plain -> assetAddresses.computeIfAbsent(plain, address -> {
			String versioned = provider.getForLookupPath(address);
			return versioned == null ? address : versioned;
		});
	}

}
