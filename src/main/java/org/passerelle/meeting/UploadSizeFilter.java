package org.passerelle.meeting;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * An upload larger than the multipart limit would be refused by Tomcat while the security filters read the CSRF
 * token, with a bare 413. Before that, an attachment upload that announces a larger body goes back to its meeting
 * page with the reason next to the upload field, without its body being read. (Smaller ones over 10 MB are refused
 * by the controller with the same message.)
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class UploadSizeFilter extends OncePerRequestFilter {

	private static final Pattern UPLOAD = Pattern.compile("/meetings/(\\d+)/attachments");

	private final long maxRequestSize;

	private final SessionFlashMapManager flashMaps = new SessionFlashMapManager();

	UploadSizeFilter(@Value("${spring.servlet.multipart.max-request-size:11MB}") DataSize maxRequestSize) {
		this.maxRequestSize = maxRequestSize.toBytes();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || request.getContentLengthLong() <= maxRequestSize;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		Matcher upload = UPLOAD.matcher(path);
		if (!upload.matches()) {
			chain.doFilter(request, response);
			return;
		}
		String page = "/meetings/" + upload.group(1);
		FlashMap flash = new FlashMap();
		flash.put("attachmentError", "meeting.attachment.tooLarge");
		flash.setTargetRequestPath(request.getContextPath() + page);
		flashMaps.saveOutputFlashMap(flash, request, response);
		response.sendRedirect(request.getContextPath() + page + "#attachments");
	}

}
