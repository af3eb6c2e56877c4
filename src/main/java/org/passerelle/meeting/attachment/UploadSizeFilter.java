package org.passerelle.meeting.attachment;

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
 * The meeting module's file upload ({@code /meetings/{id}/attachments}) checks its size before the body is read, in
 * front of the security filters (which would make Tomcat parse a multipart body while looking for the CSRF token):
 * one larger than the multipart limit goes back to its meeting page with the reason next to the upload field
 * (smaller ones over 10 MB are refused by the controller with the same message). A body that does not announce its
 * length is read through {@link RequestBodyLimit#limited} and fails once past the limit; a multipart one is parsed
 * here, to disk, and measured ({@link RequestBodyLimit#exceeds}). The minutes importer's routes have their
 * own filter in the import module.
 */
@Component
@Order(RequestBodyLimit.UPLOAD_FILTER_ORDER)
class UploadSizeFilter extends OncePerRequestFilter {

	private static final Pattern ATTACHMENTS = Pattern.compile("/meetings/(\\d+)/attachments");

	private final long maxRequestSize;

	UploadSizeFilter(@Value("${spring.servlet.multipart.max-request-size:11MB}") DataSize maxRequestSize) {
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
		Matcher upload = ATTACHMENTS.matcher(path);
		if (!upload.matches()) {
			chain.doFilter(request, response);
			return;
		}
		if (RequestBodyLimit.exceeds(request, maxRequestSize)) {
			RequestBodyLimit.redirectWithFlash(request, response, "/meetings/" + upload.group(1) + "#attachments",
					"attachmentError", "meeting.attachment.tooLarge");
			return;
		}
		chain.doFilter(RequestBodyLimit.limited(request, maxRequestSize), response);
	}

}
