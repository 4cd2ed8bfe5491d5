package org.forewarn.platform;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error leaves the platform as an RFC 9457 problem detail that says which field is wrong and why;
 * nothing the caller can influence produces a 500.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

	private final ApplicationEventPublisher events;

	ProblemDetailsAdvice(ApplicationEventPublisher events) {
		this.events = events;
	}

	static final URI VALIDATION = InputRejected.VALIDATION;

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = invalid("The request has invalid fields.");
		List<Map<String, String>> errors = ex.getBindingResult().getFieldErrors().stream()
			.map(error -> Map.of("field", error.getField(), "message", String.valueOf(error.getDefaultMessage())))
			.toList();
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = invalid("The request has invalid parameters.");
		List<Map<String, String>> errors = ex.getParameterValidationResults().stream()
			.flatMap(result -> result.getResolvableErrors().stream()
				.map(error -> Map.of("field", String.valueOf(result.getMethodParameter().getParameterName()),
						"message", String.valueOf(error.getDefaultMessage()))))
			.toList();
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof RequestSizeLimit.BodyTooLarge tooLarge) {
				ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, tooLarge.getMessage());
				problem.setTitle("Payload too large");
				return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(problem);
			}
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The request body is not valid JSON or does not match the expected shape: " + rootMessage(ex));
		problem.setType(URI.create("https://forewarn.org/problems/malformed-body"));
		problem.setTitle("Malformed request body");
		return ResponseEntity.badRequest().body(problem);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex) {
		ProblemDetail problem = invalid("Parameter '" + ex.getName() + "' has an invalid value '" + ex.getValue() + "'.");
		problem.setProperty("errors", List.of(Map.of("field", ex.getName(), "message", "invalid value")));
		return problem;
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ProblemDetail constraintViolation(ConstraintViolationException ex) {
		ProblemDetail problem = invalid("The request has invalid values.");
		problem.setProperty("errors", ex.getConstraintViolations().stream()
			.map(v -> Map.of("field", v.getPropertyPath().toString(), "message", v.getMessage()))
			.toList());
		return problem;
	}

	/** Problems are JSON even where the endpoint produces XML (CAP, GB/T 35965.1, Atom) or images. */
	@ExceptionHandler(InputRejected.class)
	ResponseEntity<ProblemDetail> rejected(InputRejected ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(ex.status(), ex.getMessage());
		problem.setTitle(ex.title());
		if (ex.type() != null) {
			problem.setType(ex.type());
		}
		if (ex.field() != null) {
			problem.setProperty("errors", List.of(Map.of("field", ex.field(), "message", String.valueOf(ex.getMessage()))));
		}
		ResponseEntity.BodyBuilder response = ResponseEntity.status(ex.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON);
		if (ex.retryAfterSeconds() != null) {
			response.header(HttpHeaders.RETRY_AFTER, String.valueOf(ex.retryAfterSeconds()));
		}
		return response.body(problem);
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail illegalArgument(IllegalArgumentException ex) {
		return invalid(ex.getMessage());
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ProblemDetail conflict(OptimisticLockingFailureException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"The resource was changed by someone else in the meantime; reload and try again.");
		problem.setTitle("Concurrent update");
		return problem;
	}

	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail accessDenied(AccessDeniedException ex, HttpServletRequest request) {
		refused(request, "role", ex.getMessage());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
				"Your role does not allow this.");
		problem.setTitle("Forbidden");
		return problem;
	}

	@ExceptionHandler(OutsideJurisdiction.class)
	ProblemDetail outsideJurisdiction(OutsideJurisdiction ex, HttpServletRequest request) {
		refused(request, "jurisdiction", ex.getMessage());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, ex.getMessage());
		problem.setTitle("Outside your jurisdiction");
		problem.setType(URI.create("https://forewarn.org/problems/outside-jurisdiction"));
		if (ex.field() != null) {
			problem.setProperty("errors", List.of(Map.of("field", ex.field(), "message", ex.getMessage())));
		}
		return problem;
	}

	private void refused(HttpServletRequest request, String reason, String message) {
		events.publishEvent(AccessRefused.of(request, reason + ": " + message));
	}

	@ExceptionHandler(Exception.class)
	ProblemDetail unexpected(Exception ex) {
		log.error("Unexpected error", ex);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				"An unexpected error occurred; it has been logged.");
		problem.setTitle("Internal error");
		return problem;
	}

	private static ProblemDetail invalid(String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
		problem.setType(VALIDATION);
		problem.setTitle("Invalid request");
		return problem;
	}

	private static String rootMessage(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
		// Jackson messages can echo large parts of the payload; keep the first line only.
		int newline = message.indexOf('\n');
		message = newline > 0 ? message.substring(0, newline) : message;
		return message.length() > 300 ? message.substring(0, 300) + "…" : message;
	}
}
