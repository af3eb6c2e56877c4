package org.passerelle.support;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpSession;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.context.support.WebApplicationContextUtils;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The session as a browser keeps it: the cookie Spring Session sets. Sessions live in the database (Spring Session
 * JDBC), not in the servlet container, so a MockMvc test carries this cookie from one request to the next, as a
 * browser does, rather than MockMvc's own {@code MockHttpSession} (nor {@code flashAttr}, which puts the flash
 * attributes there), which the application never reads.
 */
public final class SessionCookie {

	public static final String NAME = "SESSION";

	private SessionCookie() {
	}

	/** The session cookie the answer set; fails if it set none. */
	public static Cookie of(MvcResult result) {
		Cookie session = result.getResponse().getCookie(NAME);
		assertThat(session).as("the session cookie of the answer").isNotNull();
		assertThat(session.getMaxAge()).as("the session cookie is not being expired").isNotZero();
		return session;
	}

	/** The session's id, as Spring Session keeps it ({@code spring_session.session_id}; the cookie has it in Base64). */
	public static String id(Cookie session) {
		return new String(Base64.getDecoder().decode(session.getValue()), StandardCharsets.US_ASCII);
	}

	/**
	 * A new stored session holding the flash attribute a redirect would have left for the next page, and its cookie
	 * on the request: for a page test whose redirect is made elsewhere (an upload filter's refusal).
	 */
	@SuppressWarnings("unchecked")
	public static RequestPostProcessor flash(String name, Object value) {
		return request -> {
			SessionRepository<Session> sessions = WebApplicationContextUtils
				.getRequiredWebApplicationContext(request.getServletContext())
				.getBean(SessionRepository.class);
			// the flash map as Spring MVC keeps it in a session, copied into a stored one
			FlashMap flash = new FlashMap();
			flash.put(name, value);
			MockHttpServletRequest redirected = new MockHttpServletRequest(request.getServletContext());
			new SessionFlashMapManager().saveOutputFlashMap(flash, redirected, new MockHttpServletResponse());
			HttpSession kept = redirected.getSession();
			Session session = sessions.createSession();
			for (String attribute : Collections.list(kept.getAttributeNames())) {
				session.setAttribute(attribute, kept.getAttribute(attribute));
			}
			sessions.save(session);
			List<Cookie> cookies = new ArrayList<>(request.getCookies() == null ? List.of() : List.of(request.getCookies()));
			cookies.add(new Cookie(NAME,
					Base64.getEncoder().encodeToString(session.getId().getBytes(StandardCharsets.US_ASCII))));
			request.setCookies(cookies.toArray(Cookie[]::new));
			return request;
		};
	}

}
