package org.passerelle.meeting;

import java.io.IOException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

import org.passerelle.meeting.importing.TextExtractor;
import org.passerelle.shared.web.RequestBodyLimit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Every route of the meeting module that takes a file checks its size before the body is read, in front of the
 * security filters (which would make Tomcat parse a multipart body while looking for the CSRF token):
 * <ul>
 * <li>an attachment upload ({@code /meetings/{id}/attachments}) larger than the multipart limit goes back to its
 * meeting page with the reason next to the upload field (smaller ones over 10 MB are refused by the controller with
 * the same message);</li>
 * <li>the minutes importer's form ({@code /meetings/import}) and its API ({@code POST /api/v1/meeting-imports},
 * text/plain or multipart) accept the importer's {@value TextExtractor#MAX_MEGABYTES} MB and a margin for the rest
 * of the form: the page says it next to its upload field, the API answers 413 with a problem.</li>
 * </ul>
 * A body that does not announce its length is read through {@link RequestBodyLimit#limited} and fails once past
 * the limit; a multipart one is parsed here, to disk, and measured (see {@link #multipartOver}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class UploadSizeFilter extends OncePerRequestFilter {

	static final String IMPORT_API_PATH = "/api/v1/meeting-imports";

	/** The importer reads at most {@link TextExtractor#MAX_BYTES}; the margin is for the multipart envelope. */
	static final long IMPORT_LIMIT = TextExtractor.MAX_BYTES + 1024L * 1024;

	private static final Pattern ATTACHMENTS = Pattern.compile("/meetings/(\\d+)/attachments");

	private final long maxRequestSize;

	private final SessionFlashMapManager flashMaps = new SessionFlashMapManager();

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
		if (path.equals(IMPORT_API_PATH)) {
			if (RequestBodyLimit.announcesMoreThan(request, IMPORT_LIMIT) || multipartOver(request, IMPORT_LIMIT)) {
				RequestBodyLimit.refuseAsProblem(response, IMPORT_LIMIT);
				return;
			}
			chain.doFilter(RequestBodyLimit.limited(request, IMPORT_LIMIT), response);
			return;
		}
		if (path.equals(MeetingImportController.IMPORT_PATH)) {
			if (RequestBodyLimit.announcesMoreThan(request, IMPORT_LIMIT) || multipartOver(request, IMPORT_LIMIT)) {
				// The minutes importer's form says it the same way as the importer, next to its upload field.
				backTo(path, "importError", "importing.error.tooLarge", request, response);
				return;
			}
			chain.doFilter(RequestBodyLimit.limited(request, IMPORT_LIMIT), response);
			return;
		}
		Matcher upload = ATTACHMENTS.matcher(path);
		if (upload.matches()) {
			if (RequestBodyLimit.announcesMoreThan(request, maxRequestSize) || multipartOver(request, maxRequestSize)) {
				backTo("/meetings/" + upload.group(1), "attachmentError", "meeting.attachment.tooLarge", request,
						response);
				return;
			}
			chain.doFilter(RequestBodyLimit.limited(request, maxRequestSize), response);
			return;
		}
		chain.doFilter(request, response);
	}

	/**
	 * Whether a multipart body that does not announce its length is over the limit. Tomcat parses it now, streaming
	 * the files to disk and stopping at the multipart limit, so that the refusal is said here rather than thrown from
	 * the first {@code getParameter} (the language switch, the CSRF filter) as a bare error page. A body that is not
	 * well-formed is left for the controller to refuse.
	 */
	private static boolean multipartOver(HttpServletRequest request, long limit) {
		String type = request.getContentType();
		if (request.getContentLengthLong() >= 0 || type == null
				|| !type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
			return false;
		}
		try {
			long size = 0;
			for (Part part : request.getParts()) {
				size += part.getSize();
			}
			return size > limit;
		}
		catch (IllegalStateException ex) {
			return true;
		}
		catch (IOException | ServletException ex) {
			return false;
		}
	}

	/** Back to the page of the form, with the reason as a flash attribute, the body unread. */
	private void backTo(String page, String attribute, String messageKey, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		FlashMap flash = new FlashMap();
		flash.put(attribute, messageKey);
		flash.setTargetRequestPath(request.getContextPath() + page);
		flashMaps.saveOutputFlashMap(flash, request, response);
		response.sendRedirect(request.getContextPath() + page
				+ (page.equals(MeetingImportController.IMPORT_PATH) ? "" : "#attachments"));
	}

}
