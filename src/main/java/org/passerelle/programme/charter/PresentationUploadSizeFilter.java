package org.passerelle.programme.charter;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.passerelle.shared.web.RequestBodyLimit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A presentation's upload over the multipart limit is refused before its body is read, as the meetings' attachments
 * are: the page goes back to its form with the reason next to the slides field, the API answers 413 problem JSON.
 * Smaller files over {@link SlidesReader#MAX_BYTES} are refused by the controllers with the same message.
 */
@Component
@Order(RequestBodyLimit.UPLOAD_FILTER_ORDER)
class PresentationUploadSizeFilter extends OncePerRequestFilter {

	private static final Pattern PAGE = Pattern.compile("/seminars/(\\d+)/presentations");

	private static final Pattern API = Pattern.compile("/api/v1/seminars/(\\d+)/presentations");

	private final long maxRequestSize;

	PresentationUploadSizeFilter(@Value("${spring.servlet.multipart.max-request-size:11MB}") DataSize maxRequestSize) {
		this.maxRequestSize = maxRequestSize.toBytes();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		Matcher page = PAGE.matcher(path);
		boolean api = API.matcher(path).matches();
		if (!page.matches() && !api) {
			chain.doFilter(request, response);
			return;
		}
		if (RequestBodyLimit.exceeds(request, maxRequestSize)) {
			if (api) {
				RequestBodyLimit.refuseAsProblem(response, maxRequestSize);
			}
			else {
				RequestBodyLimit.redirectWithFlash(request, response, "/seminars/" + page.group(1) + "/presentations#submit",
						"slidesError", "programme.presentation.slides.tooLarge");
			}
			return;
		}
		chain.doFilter(RequestBodyLimit.limited(request, maxRequestSize), response);
	}

}
