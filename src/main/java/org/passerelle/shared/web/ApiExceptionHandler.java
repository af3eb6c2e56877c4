package org.passerelle.shared.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.passerelle.shared.InvalidFieldException;
import org.passerelle.shared.NotFoundException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every API error as RFC 9457 problem JSON. Bad input names each bad field in {@code errors}; nothing is
 * stored in that case because validation runs before any write.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	private final MessageSource messages;

	ApiExceptionHandler(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Locale locale = SupportedOnlyLocaleResolver.supported(request.getLocale());
		List<Map<String, Object>> errors = ex.getBindingResult().getFieldErrors().stream().map(error -> {
			Map<String, Object> item = new java.util.LinkedHashMap<>();
			item.put("field", error.getField());
			item.put("message", messages.getMessage(error, locale));
			item.put("rejectedValue", error.getRejectedValue());
			return item;
		}).toList();
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid input",
				errors.size() + " field(s) are invalid; nothing was stored.", "invalid-input");
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		RequestBodyLimit.TooLargeException tooLarge = causeOf(ex, RequestBodyLimit.TooLargeException.class);
		if (tooLarge != null) {
			return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(tooLarge(tooLarge.limit()));
		}
		String field = badField(ex);
		if (field != null) {
			// Well-formed JSON with a value of the wrong type ("kind":"PLANET", "population":"many"): name the
			// field like a validation error, without echoing Java type names.
			Locale locale = SupportedOnlyLocaleResolver.supported(request.getLocale());
			ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid input",
					"1 field(s) are invalid; nothing was stored.", "invalid-input");
			problem.setProperty("errors", List.of(Map.of("field", field, "message",
					messages.getMessage("typeMismatch", null, "This value is not valid.", locale))));
			return ResponseEntity.badRequest().body(problem);
		}
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Unreadable body",
				"The request body is not valid JSON of the expected shape: " + rootMessage(ex), "unreadable-body");
		return ResponseEntity.badRequest().body(problem);
	}

	@ExceptionHandler(RequestBodyLimit.TooLargeException.class)
	ResponseEntity<ProblemDetail> tooLarge(RequestBodyLimit.TooLargeException ex) {
		return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(tooLarge(ex.limit()));
	}

	/** The one answer to a body over its route's limit, also written by {@link RequestBodyLimit#refuseAsProblem}. */
	static ProblemDetail tooLarge(long limit) {
		ProblemDetail problem = problem(HttpStatus.CONTENT_TOO_LARGE, "Request too large", RequestBodyLimit.detail(limit),
				"too-large");
		problem.setProperty("limit", limit);
		return problem;
	}

	/** The JSON path of the value Jackson could not convert ("affiliations[0].since"), or null. */
	private static String badField(Throwable ex) {
		for (Throwable cause = ex; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
			if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
				StringBuilder path = new StringBuilder();
				for (JacksonException.Reference reference : mismatch.getPath()) {
					if (reference.getPropertyName() != null) {
						path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
					}
					else if (reference.getIndex() >= 0) {
						path.append('[').append(reference.getIndex()).append(']');
					}
				}
				return path.isEmpty() ? null : path.toString();
			}
		}
		return null;
	}

	@ExceptionHandler(InvalidFieldException.class)
	ResponseEntity<ProblemDetail> invalidField(InvalidFieldException ex, Locale locale) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid input",
				"1 field(s) are invalid; nothing was stored.", "invalid-input");
		problem.setProperty("errors", List.of(Map.of("field", ex.field(), "message",
				messages.getMessage(ex.messageKey(), ex.arguments(), ex.getMessage(),
						SupportedOnlyLocaleResolver.supported(locale)))));
		return ResponseEntity.badRequest().body(problem);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException ex) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid parameter",
				"Parameter '" + ex.getName() + "' has an invalid value: " + ex.getValue(), "invalid-parameter");
		problem.setProperty("errors", List.of(Map.of("field", ex.getName(), "message", "invalid value")));
		return ResponseEntity.badRequest().body(problem);
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<ProblemDetail> notFound(NotFoundException ex) {
		return ResponseEntity.status(HttpStatus.NOT_FOUND)
			.body(problem(HttpStatus.NOT_FOUND, "Not found", ex.getMessage(), "not-found"));
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ResponseEntity<ProblemDetail> staleUpdate(OptimisticLockingFailureException ex) {
		return ResponseEntity.status(HttpStatus.CONFLICT)
			.body(problem(HttpStatus.CONFLICT, "Stale update",
					"Someone changed this record since you read it; read it again and reapply your change.",
					"stale-update"));
	}

	/**
	 * Any other database error. Spring Data JDBC wraps what the driver said (a stale version, a broken
	 * constraint) in its own exception, so the cause decides. The database's message names tables, columns and
	 * stored values: it goes to the log only, and the client gets a stable type and a generic detail.
	 */
	@ExceptionHandler(DataAccessException.class)
	ResponseEntity<ProblemDetail> database(DataAccessException ex, HttpServletRequest request) {
		OptimisticLockingFailureException stale = causeOf(ex, OptimisticLockingFailureException.class);
		if (stale != null) {
			return staleUpdate(stale);
		}
		if (causeOf(ex, DataIntegrityViolationException.class) != null) {
			log.warn("{} {} refused by the database: {}", request.getMethod(), request.getRequestURI(),
					rootMessage(ex));
			return ResponseEntity.status(HttpStatus.CONFLICT)
				.body(problem(HttpStatus.CONFLICT, "Conflict",
						"The change conflicts with stored data (a duplicate, or a record it refers to has changed); "
								+ "nothing was stored.",
						"integrity-conflict"));
		}
		log.error("{} {} failed in the database", request.getMethod(), request.getRequestURI(), ex);
		return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
			.body(problem(HttpStatus.INTERNAL_SERVER_ERROR, "Database error",
					"The database could not complete this request; nothing was stored.", "database-error"));
	}

	private static <T extends Throwable> T causeOf(Throwable ex, Class<T> type) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
		}
		return null;
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ProblemDetail> forbidden(AccessDeniedException ex) {
		return ResponseEntity.status(HttpStatus.FORBIDDEN)
			.body(problem(HttpStatus.FORBIDDEN, "Forbidden", "Your role does not allow this change", "forbidden"));
	}

	private static ProblemDetail problem(HttpStatus status, String title, String detail, String type) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		problem.setType(URI.create("https://passerelle.example/problems/" + type));
		return problem;
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = root.getMessage();
		return message == null ? root.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
	}

}
