package org.passerelle.shared.web.cache;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Answers an anonymous reader's page from the {@link AnonymousPageCache}, before the security filters, the
 * controllers and the templates run; and keeps the pages it lets through. Anonymous means no session and no
 * Authorization header: a signed-in reader always gets a page rendered for them, and only a page rendered for
 * nobody (status 200, HTML, no session started, no cookie set) is kept, so a visitor never sees what only members
 * may see. htmx fragments are not kept. With {@code If-None-Match} the reader gets 304 for a page it already has.
 * Off with {@code passerelle.page-cache.enabled=false} (the test suite's default, whose requests sign in without a
 * session). Sessions are Spring Session's (in the database): its filter runs first, so {@code getSession(false)}
 * here finds the session the request's cookie names, whichever instance started it.
 */
@Component
@Order(AnonymousPageCacheFilter.ORDER)
class AnonymousPageCacheFilter extends OncePerRequestFilter {

	/** Before Spring Security's filter chain (-100): a page from the cache costs none of its work. */
	static final int ORDER = -110;

	static final String CACHE_HEADER = "X-Passerelle-Cache";

	/** Set again with each answer from the cache, or not at all. */
	private static final Set<String> NOT_REPLAYED = Set.of(HttpHeaders.SET_COOKIE.toLowerCase(Locale.ROOT),
			HttpHeaders.DATE.toLowerCase(Locale.ROOT), HttpHeaders.CONTENT_LENGTH.toLowerCase(Locale.ROOT),
			HttpHeaders.CONTENT_TYPE.toLowerCase(Locale.ROOT), HttpHeaders.ETAG.toLowerCase(Locale.ROOT),
			HttpHeaders.VARY.toLowerCase(Locale.ROOT), HttpHeaders.TRANSFER_ENCODING.toLowerCase(Locale.ROOT),
			CACHE_HEADER.toLowerCase(Locale.ROOT));

	private static final String VARY = "Accept-Language, Cookie, Authorization";

	/** Larger pages are rendered each time rather than crowd the others out. */
	private static final int MAX_PAGE_BYTES = 1024 * 1024;

	private final AnonymousPageCache cache;

	private final LocaleResolver locales;

	private final boolean enabled;

	AnonymousPageCacheFilter(AnonymousPageCache cache, LocaleResolver locales,
			@Value("${passerelle.page-cache.enabled:true}") boolean enabled) {
		this.cache = cache;
		this.locales = locales;
		this.enabled = enabled;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		if (!enabled || !"GET".equals(request.getMethod()) || request.getHeader(HttpHeaders.AUTHORIZATION) != null
				|| request.getHeader("HX-Request") != null || request.getSession(false) != null) {
			return true;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/api/") || path.startsWith("/actuator") || path.startsWith("/v3/")
				|| path.startsWith("/swagger-ui") || path.startsWith("/css/") || path.startsWith("/js/")
				|| path.startsWith("/images/") || path.startsWith("/fonts/") || path.startsWith("/webjars/")
				|| path.startsWith("/sign-in") || path.contains(".");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = key(request);
		AnonymousPageCache.Page page = cache.find(key);
		if (page != null) {
			answer(request, response, page);
			return;
		}
		long generation = cache.generation();
		ContentCachingResponseWrapper rendered = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, rendered);
		// a page that started a session (a form's CSRF token) was rendered for that session alone; the session's
		// cookie is not among the headers yet, since Spring Session writes it when the response is committed
		AnonymousPageCache.Page kept = request.getSession(false) == null ? keepable(rendered, generation) : null;
		if (kept != null) {
			cache.keep(key, kept);
			rendered.setHeader(HttpHeaders.ETAG, kept.etag());
			rendered.setHeader(HttpHeaders.VARY, VARY);
		}
		rendered.setHeader(CACHE_HEADER, "miss");
		rendered.copyBodyToResponse();
	}

	/** Address and language: the reader's language is chosen by ?lang=, its cookie or Accept-Language. */
	private String key(HttpServletRequest request) {
		String query = request.getQueryString();
		return locales.resolveLocale(request).getLanguage() + " " + request.getRequestURI()
				+ (query == null ? "" : "?" + query);
	}

	private static AnonymousPageCache.Page keepable(ContentCachingResponseWrapper rendered, long generation) {
		String contentType = rendered.getContentType();
		if (rendered.getStatus() != HttpServletResponse.SC_OK || contentType == null
				|| !MediaType.TEXT_HTML.isCompatibleWith(MediaType.parseMediaType(contentType))
				|| rendered.getHeader(HttpHeaders.SET_COOKIE) != null || rendered.getContentSize() > MAX_PAGE_BYTES) {
			return null;
		}
		Map<String, List<String>> headers = new LinkedHashMap<>();
		for (String name : rendered.getHeaderNames()) {
			if (!NOT_REPLAYED.contains(name.toLowerCase(Locale.ROOT))) {
				headers.put(name, new ArrayList<>(rendered.getHeaders(name)));
			}
		}
		byte[] body = rendered.getContentAsByteArray();
		return new AnonymousPageCache.Page(body, contentType, headers, etag(body), generation);
	}

	private static void answer(HttpServletRequest request, HttpServletResponse response, AnonymousPageCache.Page page)
			throws IOException {
		page.headers().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
		response.setHeader(HttpHeaders.ETAG, page.etag());
		response.setHeader(HttpHeaders.VARY, VARY);
		response.setHeader(CACHE_HEADER, "hit");
		String known = request.getHeader(HttpHeaders.IF_NONE_MATCH);
		if (known != null && known.contains(page.etag())) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		response.setStatus(HttpServletResponse.SC_OK);
		response.setContentType(page.contentType());
		response.setContentLength(page.body().length);
		response.getOutputStream().write(page.body());
	}

	private static String etag(byte[] body) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
			return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
