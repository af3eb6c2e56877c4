package org.passerelle.shared.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * How much body a route accepts. A body that announces a larger length is refused before a byte of it is read; a
 * body that does not announce its length (chunked) is read through {@link #limited}, which fails with
 * {@link TooLargeException} as soon as it goes past the limit, so nothing larger is ever held in memory.
 */
public final class RequestBodyLimit {

	/**
	 * Where the upload filters of the modules stand: in front of everything that could read the body (the security
	 * filters look for the CSRF token among the parameters), but after Spring Session's filter
	 * ({@link SessionRepositoryFilter#DEFAULT_ORDER}), because the refusal's message goes to the next page through
	 * the session ({@link #redirectWithFlash}), which must be the stored one the browser's cookie names.
	 */
	public static final int UPLOAD_FILTER_ORDER = SessionRepositoryFilter.DEFAULT_ORDER + 10;

	private static final SessionFlashMapManager FLASH_MAPS = new SessionFlashMapManager();

	private RequestBodyLimit() {
	}

	/**
	 * Whether the request is over {@code limit} bytes by what it announces, or, for a multipart body without a
	 * length, by what Tomcat parsed of it ({@link #announcesMoreThan}, {@link #multipartOver}).
	 */
	public static boolean exceeds(HttpServletRequest request, long limit) {
		return announcesMoreThan(request, limit) || multipartOver(request, limit);
	}

	/** Whether the request announces a body larger than {@code limit} bytes. */
	public static boolean announcesMoreThan(HttpServletRequest request, long limit) {
		return request.getContentLengthLong() > limit;
	}

	/**
	 * Whether a multipart body that does not announce its length is over the limit. Tomcat parses it now, streaming
	 * the files to disk and stopping at the multipart limit, so that the refusal is said here rather than thrown from
	 * the first {@code getParameter} (the language switch, the CSRF filter) as a bare error page. A body that is not
	 * well-formed is left for the controller to refuse.
	 */
	public static boolean multipartOver(HttpServletRequest request, long limit) {
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

	/** The request, its body readable up to {@code limit} bytes when its length is not announced. */
	public static HttpServletRequest limited(HttpServletRequest request, long limit) {
		return request.getContentLengthLong() < 0 ? new Limited(request, limit) : request;
	}

	/** The API's answer: 413 with the RFC 9457 problem {@code ApiExceptionHandler} gives for the same refusal. */
	public static void refuseAsProblem(HttpServletResponse response, long limit) throws IOException {
		ProblemDetail problem = ApiExceptionHandler.tooLarge(limit);
		// the fields in the order and shape Spring writes a ProblemDetail (its properties at the top level)
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("type", problem.getType().toString());
		json.put("title", problem.getTitle());
		json.put("status", problem.getStatus());
		json.put("detail", problem.getDetail());
		if (problem.getProperties() != null) {
			json.putAll(problem.getProperties());
		}
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write(JsonMapper.shared().writeValueAsString(json));
	}

	/**
	 * A page's answer: back to {@code page} (a path in the application, with a {@code #fragment} if the refusal is
	 * shown further down), with the message key as the flash attribute {@code attribute} for that page.
	 */
	public static void redirectWithFlash(HttpServletRequest request, HttpServletResponse response, String page,
			String attribute, String messageKey) throws IOException {
		int fragment = page.indexOf('#');
		FlashMap flash = new FlashMap();
		flash.put(attribute, messageKey);
		flash.setTargetRequestPath(request.getContextPath() + (fragment < 0 ? page : page.substring(0, fragment)));
		FLASH_MAPS.saveOutputFlashMap(flash, request, response);
		response.sendRedirect(request.getContextPath() + page);
	}

	static String detail(long limit) {
		return String.format(Locale.ROOT, "The request body is larger than the %.1f MB this route accepts; nothing was stored.",
				limit / (1024.0 * 1024.0));
	}

	/** A body that went past its route's limit while being read. */
	public static final class TooLargeException extends IOException {

		private final long limit;

		TooLargeException(long limit) {
			super("request body larger than " + limit + " bytes");
			this.limit = limit;
		}

		public long limit() {
			return limit;
		}

	}

	private static final class Limited extends HttpServletRequestWrapper {

		private final long limit;

		private ServletInputStream stream;

		Limited(HttpServletRequest request, long limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (stream == null) {
				stream = new CountingStream(super.getInputStream(), limit);
			}
			return stream;
		}

		@Override
		public BufferedReader getReader() throws IOException {
			String encoding = getCharacterEncoding();
			Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
			return new BufferedReader(new InputStreamReader(getInputStream(), charset));
		}

	}

	private static final class CountingStream extends ServletInputStream {

		private final ServletInputStream in;

		private final long limit;

		private long read;

		CountingStream(ServletInputStream in, long limit) {
			this.in = in;
			this.limit = limit;
		}

		@Override
		public int read() throws IOException {
			int b = in.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = in.read(buffer, offset, length);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void count(int n) throws TooLargeException {
			read += n;
			if (read > limit) {
				throw new TooLargeException(limit);
			}
		}

		@Override
		public boolean isFinished() {
			return in.isFinished();
		}

		@Override
		public boolean isReady() {
			return in.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			in.setReadListener(listener);
		}

	}

}
