package org.passerelle.shared.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.LocaleResolver;

/** Keeps a stale or hand-made cookie ("de", "ko-KR") from selecting a language we do not have. */
final class SupportedOnlyLocaleResolver implements LocaleResolver {

	private final LocaleResolver delegate;

	SupportedOnlyLocaleResolver(LocaleResolver delegate) {
		this.delegate = delegate;
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		return supported(delegate.resolveLocale(request));
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		Locale chosen = locale == null ? null : supported(locale);
		delegate.setLocale(request, response, chosen);
	}

	static Locale supported(Locale locale) {
		for (Locale candidate : WebConfiguration.SUPPORTED) {
			if (candidate.getLanguage().equals(locale.getLanguage())) {
				return candidate;
			}
		}
		return Locale.ENGLISH;
	}

}
