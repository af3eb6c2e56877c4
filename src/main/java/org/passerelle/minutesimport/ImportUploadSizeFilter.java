package org.passerelle.minutesimport;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.passerelle.minutesimport.extraction.TextExtractor;
import org.passerelle.shared.web.RequestBodyLimit;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The importer's form ({@code /meetings/import}) and its API ({@code POST /api/v1/meeting-imports}, text/plain or
 * multipart) check the size of the upload before the body is read, in front of the security filters (which would
 * make Tomcat parse a multipart body while looking for the CSRF token). They accept the importer's
 * {@value TextExtractor#MAX_MEGABYTES} MB and a margin for the rest of the form: the page says it next to its upload
 * field, the API answers 413 with a problem. A body that does not announce its length is read through
 * {@link RequestBodyLimit#limited} and fails once past the limit; a multipart one is parsed here, to disk, and
 * measured.
 */
@Component
@Order(RequestBodyLimit.UPLOAD_FILTER_ORDER)
class ImportUploadSizeFilter extends OncePerRequestFilter {

	static final String IMPORT_API_PATH = "/api/v1/meeting-imports";

	/** The importer reads at most {@link TextExtractor#MAX_BYTES}; the margin is for the multipart envelope. */
	static final long IMPORT_LIMIT = TextExtractor.MAX_BYTES + 1024L * 1024;

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !"POST".equals(request.getMethod())
				|| !(path.equals(IMPORT_API_PATH) || path.equals(MeetingImportController.IMPORT_PATH));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (RequestBodyLimit.exceeds(request, IMPORT_LIMIT)) {
			if (path.equals(IMPORT_API_PATH)) {
				RequestBodyLimit.refuseAsProblem(response, IMPORT_LIMIT);
			}
			else {
				// the form says it the same way as the importer, next to its upload field
				RequestBodyLimit.redirectWithFlash(request, response, MeetingImportController.IMPORT_PATH, "importError",
						ImportError.TOO_LARGE.key());
			}
			return;
		}
		chain.doFilter(RequestBodyLimit.limited(request, IMPORT_LIMIT), response);
	}

}
