package org.passerelle.minutesimport;

import java.io.IOException;

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
 * token, with a bare 413. Before that, a minutes upload that announces a larger body goes back to the import form
 * with the reason next to the upload field, without its body being read.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class ImportUploadSizeFilter extends OncePerRequestFilter {

	private final long maxRequestSize;

	private final SessionFlashMapManager flashMaps = new SessionFlashMapManager();

	ImportUploadSizeFilter(@Value("${spring.servlet.multipart.max-request-size:11MB}") DataSize maxRequestSize) {
		this.maxRequestSize = maxRequestSize.toBytes();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || request.getContentLengthLong() <= maxRequestSize
				|| !MeetingImportController.IMPORT_PATH
					.equals(request.getRequestURI().substring(request.getContextPath().length()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getContextPath() + MeetingImportController.IMPORT_PATH;
		FlashMap flash = new FlashMap();
		flash.put("importError", "importing.error.tooLarge");
		flash.setTargetRequestPath(path);
		flashMaps.saveOutputFlashMap(flash, request, response);
		response.sendRedirect(path);
	}

}
