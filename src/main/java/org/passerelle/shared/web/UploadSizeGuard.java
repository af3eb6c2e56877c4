package org.passerelle.shared.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A module's upload routes, measured before their body is read and in front of the security filters (which would
 * make Tomcat parse a multipart body while looking for the CSRF token): a body over the route's limit is refused,
 * as problem JSON with 413 on the API, else by going back to the form with the reason next to its upload field. A
 * body that does not announce its length is read through {@link RequestBodyLimit#limited} and fails once past the
 * limit. Each module says which of its POST routes are uploads ({@link #uploadAt}); register the subclass as a
 * component with {@code @Order(RequestBodyLimit.UPLOAD_FILTER_ORDER)}.
 */
public abstract class UploadSizeGuard extends OncePerRequestFilter {

	/**
	 * An upload route: its limit in bytes, whether it answers as the API does, and for a page the address to go
	 * back to, the flash attribute and the message key that say why.
	 */
	public record Upload(long limit, boolean api, String formAddress, String errorAttribute, String messageKey) {

		public static Upload api(long limit) {
			return new Upload(limit, true, null, null, null);
		}

		public static Upload page(long limit, String formAddress, String errorAttribute, String messageKey) {
			return new Upload(limit, false, formAddress, errorAttribute, messageKey);
		}

	}

	/** The upload this POST path is, or null when it is none of this module's. */
	protected abstract Upload uploadAt(String path);

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Upload upload = uploadAt(request.getRequestURI().substring(request.getContextPath().length()));
		if (upload == null) {
			chain.doFilter(request, response);
			return;
		}
		if (RequestBodyLimit.exceeds(request, upload.limit())) {
			if (upload.api()) {
				RequestBodyLimit.refuseAsProblem(response, upload.limit());
			}
			else {
				RequestBodyLimit.redirectWithFlash(request, response, upload.formAddress(), upload.errorAttribute(),
						upload.messageKey());
			}
			return;
		}
		chain.doFilter(RequestBodyLimit.limited(request, upload.limit()), response);
	}

}
