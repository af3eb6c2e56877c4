package org.passerelle.shared.security;

import java.io.IOException;
import java.time.Clock;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.security.autoconfigure.web.servlet.PathRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.NullSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Two filter chains: the JSON API (HTTP Basic, stateless, no CSRF because no cookie authenticates it) and
 * the pages (form sign-in, session, CSRF). Reading is open; writing needs a signed-in user, and each
 * controller then checks the role against what is edited (see {@link PasserelleUser}).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	// Scripts and styles come only from our own origin; no inline script anywhere.
	private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
			+ "frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	AuthenticationManager authenticationManager(UserDetailsService users, PasswordEncoder passwordEncoder,
			SignInThrottle throttle) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
		passwords.setPasswordEncoder(passwordEncoder);
		return new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle));
	}

	/**
	 * Style sheets, scripts, fonts and images are the same for everyone: no session is read or written for them, no
	 * CSRF token made, and their Cache-Control is the resource handler's (kept a year: their addresses carry their
	 * content's hash), not Spring Security's "no-store".
	 */
	@Bean
	@Order(0)
	SecurityFilterChain staticFileSecurity(HttpSecurity http) throws Exception {
		http.securityMatcher(PathRequest.toStaticResources().atCommonLocations())
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.securityContext(context -> context.securityContextRepository(new NullSecurityContextRepository()))
			.requestCache(cache -> cache.disable())
			.csrf(csrf -> csrf.disable())
			.headers(headers -> headers.cacheControl(cache -> cache.disable())
				.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer
					.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
		return http.build();
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, AuthenticationManager authenticationManager) throws Exception {
		http.securityMatcher("/api/**")
			.authenticationManager(authenticationManager)
			.authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.GET, "/api/**")
				.permitAll()
				.anyRequest()
				.authenticated())
			.httpBasic(basic -> basic.authenticationEntryPoint((request, response, ex) -> problem(request, response,
					HttpStatus.UNAUTHORIZED, ex instanceof LockedException ? ex.getMessage() : "Sign-in required")))
			.exceptionHandling(handling -> handling
				.authenticationEntryPoint(
						(request, response, ex) -> problem(request, response, HttpStatus.UNAUTHORIZED, "Sign-in required"))
				.accessDeniedHandler((request, response, ex) -> problem(request, response, HttpStatus.FORBIDDEN,
						"Your role does not allow this change")))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'")));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pageSecurity(HttpSecurity http, AuthenticationManager authenticationManager,
			SessionValidity sessionAccounts, Clock clock) throws Exception {
		SavedRequestAwareAuthenticationSuccessHandler toWhereTheyWere = new SavedRequestAwareAuthenticationSuccessHandler();
		http.authenticationManager(authenticationManager)
			// a session signed in to an account switched off since (or whose password changed) ends here
			.addFilterAfter(new SignedInSessionFilter(sessionAccounts), SecurityContextHolderFilter.class)
			.authorizeHttpRequests(requests -> requests.requestMatchers("/admin/**")
				.hasRole(Role.ADMIN.name())
				.requestMatchers("/account/**")
				.authenticated()
				// the outbox shows every mail sent, with its recipients: for those who run the group
				.requestMatchers("/outbox", "/outbox/**")
				.hasAnyRole(Role.ADMIN.name(), Role.COORDINATOR.name())
				.requestMatchers(HttpMethod.GET, "/*/new", "/*/*/edit", "/*/*/*/new")
				.authenticated()
				.requestMatchers(HttpMethod.HEAD, "/*/new", "/*/*/edit", "/*/*/*/new")
				.authenticated()
				.requestMatchers(HttpMethod.POST, "/sign-in")
				.permitAll()
				// the newcomer's door: asking for an account and for a new password need no sign-in (rate-limited, CSRF)
				.requestMatchers(HttpMethod.POST, "/request-account", "/forgot-password", "/set-password/*")
				.permitAll()
				// HEAD is GET without the body (uptime monitors, link checkers): the same pages answer it
				.requestMatchers(HttpMethod.GET, "/**")
				.permitAll()
				.requestMatchers(HttpMethod.HEAD, "/**")
				.permitAll()
				.anyRequest()
				.authenticated())
			.formLogin(form -> form.loginPage("/sign-in")
				.usernameParameter("email")
				.passwordParameter("password")
				.successHandler((request, response, authentication) -> {
					SignedInSessionFilter.stamp(request, clock);
					toWhereTheyWere.onAuthenticationSuccess(request, response, authentication);
				})
				.failureHandler((request, response, ex) -> response.sendRedirect(request.getContextPath()
						+ (ex instanceof ThrottledAuthenticationProvider.Throttled throttled && throttled.busy()
								? "/sign-in?busy" : ex instanceof LockedException ? "/sign-in?locked" : "/sign-in?error")))
				.permitAll())
			.logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessUrl("/?signed-out"))
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer
					.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
		return http.build();
	}

	private static void problem(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
			String detail) throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		if (status == HttpStatus.UNAUTHORIZED && asksForTheApi(request)) {
			response.setHeader("WWW-Authenticate", "Basic realm=\"Passerelle\"");
		}
		String json = String.format(Locale.ROOT, "{\"type\":\"about:blank\",\"title\":\"%s\",\"status\":%d,\"detail\":\"%s\"}",
				status.getReasonPhrase(), status.value(), detail.replace("\"", "'"));
		response.getWriter().write(json);
	}

	/**
	 * Whether a 401 may carry the Basic challenge: a browser that gets it pops up a login dialog, which a page
	 * user (navigating, or a page's own script) must never see. A client that sent credentials, or that asks for
	 * JSON and not for a page, is an API client and gets the challenge the HTTP specification asks for.
	 */
	static boolean asksForTheApi(HttpServletRequest request) {
		if (request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
			return true;
		}
		if (request.getHeader("X-Requested-With") != null || request.getHeader("HX-Request") != null) {
			return false;
		}
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		if (accept == null || accept.isBlank()) {
			return true;
		}
		try {
			return MediaType.parseMediaTypes(accept).stream().noneMatch(type -> type.isCompatibleWith(MediaType.TEXT_HTML)
					&& !type.isWildcardType());
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

}
