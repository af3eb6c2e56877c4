package org.passerelle.shared.web;

import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.function.UnaryOperator;

import org.passerelle.shared.CountryZone;
import org.passerelle.shared.LocalizedName;
import org.passerelle.shared.PartialDate;
import org.passerelle.shared.PartialDateFormat;
import org.passerelle.shared.security.PasserelleUser;

import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What every template needs about the request: the language and its messages, the signed-in user, the
 * CSRF token, and formatting of dates and numbers for the reader. Given to templates as {@code ui}.
 */
public final class Ui {

	private final MessageSource messages;

	private final Locale locale;

	private final PasserelleUser user;

	private final CsrfToken csrf;

	private final String path;

	private final String query;

	private final UnaryOperator<String> assets;

	/** The application's clock, given by {@link UiAdvice}; what is overdue or past is told by it, never by the host's. */
	private final Clock clock;

	/** A Ui for tests of what does not depend on the time or on assets. */
	Ui(MessageSource messages, Locale locale, PasserelleUser user, CsrfToken csrf, String path, String query) {
		this(messages, locale, user, csrf, path, query, null, Clock.systemUTC());
	}

	Ui(MessageSource messages, Locale locale, PasserelleUser user, CsrfToken csrf, String path, String query,
			UnaryOperator<String> assets, Clock clock) {
		this.clock = clock;
		this.messages = messages;
		this.locale = locale;
		this.user = user;
		this.csrf = csrf;
		this.path = path;
		this.query = query;
		this.assets = assets;
	}

	/**
	 * A style sheet's or script's address with its content's hash in it ({@code /css/passerelle-<hash>.css}): browsers
	 * keep such a file for a year and ask again only when it changes (spring.web.resources.chain). The plain address
	 * where no resource chain ran (error pages before the handler, tests).
	 */
	public String asset(String path) {
		return assets == null ? path : assets.apply(path);
	}

	/** Now, by the application's clock: what is past (a meeting, an activity's date) is decided at rendering. */
	public Instant now() {
		return clock.instant();
	}

	/** Today in the reader's zone (Paris for French readers, Seoul for Korean ones). */
	public LocalDate today() {
		return LocalDate.now(clock.withZone(CountryZone.readerZone(locale)));
	}

	public Locale locale() {
		return locale;
	}

	public String lang() {
		return locale.getLanguage();
	}

	/** The message for a key in the reader's language. */
	public String t(String key, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	/** The message for an enum value: {@code prefix.VALUE}; empty for null. */
	public String label(String prefix, Enum<?> value) {
		return value == null ? "" : t(prefix + "." + value.name());
	}

	public String name(LocalizedName name) {
		return name == null ? "" : name.in(locale);
	}

	/** The native form when it differs from what {@link #name} shows, for display beside it; else null. */
	public String nativeName(LocalizedName name) {
		return name == null ? null : name.nativeIfDifferent(locale);
	}

	/** A country's name in the reader's language, from its ISO code ("KR" → "Corée du Sud", "대한민국"). */
	public String country(String isoCode) {
		return isoCode == null ? "" : new Locale("", isoCode).getDisplayCountry(locale);
	}

	public String date(PartialDate date) {
		return PartialDateFormat.format(date, locale);
	}

	public String dateTime(Instant instant, ZoneId zone) {
		return instant == null ? ""
				: DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
					.withLocale(locale)
					.withZone(zone)
					.format(instant);
	}

	/** A date and time followed by the zone's name in the reader's language, for pages that show no zone otherwise. */
	public String dateTimeWithZone(Instant instant, ZoneId zone) {
		return instant == null ? ""
				: dateTime(instant, zone) + " (" + zone.getDisplayName(java.time.format.TextStyle.FULL, locale) + ")";
	}

	public String number(Number number) {
		return number == null ? "" : NumberFormat.getIntegerInstance(locale).format(number);
	}

	public PasserelleUser user() {
		return user;
	}

	public boolean signedIn() {
		return user != null;
	}

	public boolean editsEverything() {
		return user != null && user.editsEverything();
	}

	public boolean isAdmin() {
		return user != null && user.isAdmin();
	}

	/**
	 * The names Spring Security's session token repository uses. Constants, because asking the token for its names
	 * would make it (and so a session) exist: a page without a form must not start a session.
	 */
	public String csrfParameter() {
		return "_csrf";
	}

	public String csrfHeader() {
		return "X-CSRF-TOKEN";
	}

	/** The token for a form; only a page that shows a form asks for it, and that starts the session. */
	public String csrfToken() {
		return csrf == null ? "" : csrf.getToken();
	}

	public String path() {
		return path;
	}

	/** The current page in another language (the choice is then remembered). */
	public String languageUrl(String language) {
		return UriComponentsBuilder.fromPath(path).query(query).replaceQueryParam("lang", language).build().toUriString();
	}

	/** The current page with one query parameter changed (null removes it), for filters and paging. */
	public String withParam(String name, Object value) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path).query(query).replaceQueryParam("lang");
		if (value == null || value.toString().isEmpty()) {
			builder.replaceQueryParam(name);
		}
		else {
			builder.replaceQueryParam(name, value);
		}
		if (!"page".equals(name)) {
			builder.replaceQueryParam("page");
		}
		return builder.build().encode().toUriString();
	}

	/** The localized error for a form field, or null when the field is fine. */
	public String fieldError(BindingResult result, String field) {
		if (result == null) {
			return null;
		}
		FieldError error = result.getFieldError(field);
		if (error == null) {
			return null;
		}
		try {
			return messages.getMessage(error, locale);
		}
		catch (NoSuchMessageException ex) {
			return t("form.invalid");
		}
	}

	/** Errors not tied to one field (e.g. a stale edit). */
	public java.util.List<String> globalErrors(BindingResult result) {
		if (result == null) {
			return java.util.List.of();
		}
		return result.getGlobalErrors().stream().map(error -> {
			try {
				return messages.getMessage(error, locale);
			}
			catch (NoSuchMessageException ex) {
				return t("form.invalid");
			}
		}).toList();
	}

	/**
	 * A user's text as this reader sees it: their language, else the original marked as untranslated (see
	 * {@code layout/localized.jte}); null for no text.
	 */
	public org.passerelle.shared.LocalizedText.Shown text(org.passerelle.shared.LocalizedText text) {
		return text == null ? null : text.in(locale);
	}

	/** The text alone, for a page's title or an attribute. */
	public String plain(org.passerelle.shared.LocalizedText text) {
		return text == null ? "" : text.text(locale);
	}

}
