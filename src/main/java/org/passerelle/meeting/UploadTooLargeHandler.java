package org.passerelle.meeting;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * A file over the multipart limit is refused before any controller runs: back to the meeting page with the
 * message next to the upload field, rather than an error page.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadTooLargeHandler {

	private static final Pattern UPLOAD = Pattern.compile("/meetings/(\\d+)/attachments");

	/** Other requests are left to Spring's own handling (413), by throwing the exception again. */
	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ModelAndView tooLarge(HttpServletRequest request, MaxUploadSizeExceededException ex)
			throws MaxUploadSizeExceededException {
		Matcher upload = UPLOAD.matcher(request.getRequestURI().substring(request.getContextPath().length()));
		if (!upload.matches()) {
			throw ex;
		}
		RequestContextUtils.getOutputFlashMap(request).put("attachmentError", "meeting.attachment.tooLarge");
		return new ModelAndView("redirect:/meetings/" + upload.group(1) + "#attachments");
	}

}
