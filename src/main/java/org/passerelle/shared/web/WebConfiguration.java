package org.passerelle.shared.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Pages speak French, Korean or English: the choice made with {@code ?lang=} is remembered in a cookie,
 * otherwise the browser's Accept-Language decides, and English serves any other language.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	static final List<Locale> SUPPORTED = List.of(Locale.FRENCH, Locale.KOREAN, Locale.ENGLISH);

	@Bean
	LocaleResolver localeResolver() {
		AcceptHeaderLocaleResolver fromBrowser = new AcceptHeaderLocaleResolver();
		fromBrowser.setSupportedLocales(SUPPORTED);
		fromBrowser.setDefaultLocale(Locale.ENGLISH);
		CookieLocaleResolver resolver = new CookieLocaleResolver("passerelle-lang");
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setDefaultLocaleFunction(fromBrowser::resolveLocale);
		return new SupportedOnlyLocaleResolver(resolver);
	}

	@Bean
	MessageSource messageSource() {
		ResourceBundleMessageSource messages = new ElidingMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor languageSwitch = new LocaleChangeInterceptor();
		languageSwitch.setParamName("lang");
		languageSwitch.setIgnoreInvalidLocale(true);
		// Documents take ?lang= for their own language without changing the reader's remembered choice.
		registry.addInterceptor(languageSwitch).excludePathPatterns("/meetings/*/minutes.pdf");
	}

}
