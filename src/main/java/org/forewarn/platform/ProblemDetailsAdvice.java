package org.forewarn.platform;

import java.net.URI;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.postgresql.util.PSQLException;
import org.slf4j.LoggerFactory;

import org.springframework.beans.TypeMismatchException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error leaves the platform as an RFC 9457 problem detail that says which field is
 * wrong and why; nothing the caller can influence produces a 500.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

	private final ApplicationEventPublisher events;

	ProblemDetailsAdvice(ApplicationEventPublisher events) {
		this.events = events;
	}

	static final URI VALIDATION = InputRejected.VALIDATION;

	/** What an answer must never show: Java and library names, Jackson switches, SQL. */
	static final Pattern INTERNALS = Pattern
		.compile("org\\.forewarn|java\\.|jakarta\\.|tools\\.jackson|com\\.fasterxml|"
				+ "springframework|Feature\\b|Exception|SQLSTATE|PSQL|\\bat \\[Source");

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = invalid("The request has invalid fields.");
		List<Map<String, String>> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(error -> Map.of("field", error.getField(), "message",
					error.isBindingFailure() ? "has an invalid value" : String.valueOf(error.getDefaultMessage())))
			.toList();
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = invalid("The request has invalid parameters.");
		List<Map<String, String>> errors = ex.getParameterValidationResults()
			.stream()
			.flatMap(result -> result.getResolvableErrors()
				.stream()
				.map(error -> Map.of("field", String.valueOf(result.getMethodParameter().getParameterName()), "message",
						String.valueOf(error.getDefaultMessage()))))
			.toList();
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof RequestSizeLimit.BodyTooLarge tooLarge) {
				ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
						tooLarge.getMessage());
				problem.setTitle("Payload too large");
				return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(problem);
			}
			if (cause instanceof InputRejected rejected) {
				// a record's constructor refused a value while the body was read
				return ResponseEntity.status(RefusalStatus.of(rejected.refusal())).body(rejected(rejected).getBody());
			}
		}
		UnreadableBody.Problem unreadable = UnreadableBody.of(ex);
		ProblemDetail problem;
		if (unreadable.malformed()) {
			problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, unreadable.message());
			problem.setType(URI.create("https://forewarn.org/problems/malformed-body"));
			problem.setTitle("Malformed request body");
		}
		else {
			problem = invalid(unreadable.message());
			problem.setProperty("errors", List.of(Map.of("field",
					unreadable.field() == null ? "body" : unreadable.field(), "message", unreadable.message())));
		}
		return ResponseEntity.badRequest().body(problem);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex) {
		String message = "Parameter '" + ex.getName() + "' must be " + UnreadableBody.expected(ex.getRequiredType())
				+ ".";
		ProblemDetail problem = invalid(message);
		problem.setProperty("errors", List.of(Map.of("field", ex.getName(), "message", message)));
		return problem;
	}

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String name = ex.getPropertyName() == null ? "value" : ex.getPropertyName();
		String message = "'" + name + "' must be " + UnreadableBody.expected(ex.getRequiredType()) + ".";
		ProblemDetail problem = invalid(message);
		problem.setProperty("errors", List.of(Map.of("field", name, "message", message)));
		return ResponseEntity.badRequest().body(problem);
	}

	/**
	 * A multipart body without a boundary, with a broken one, or cut short (too large is
	 * 413, see the parent).
	 */
	@ExceptionHandler(MultipartException.class)
	ProblemDetail unreadableMultipart(MultipartException ex) {
		log.debug("Unreadable multipart request: {}", ex.getMessage());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The multipart/form-data body cannot be read: its boundary is missing or does not match the "
						+ "Content-Type header, or the body is cut short.");
		problem.setType(URI.create("https://forewarn.org/problems/malformed-body"));
		problem.setTitle("Malformed request body");
		return problem;
	}

	@Override
	protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				"There is nothing at " + ex.getHttpMethod() + " /" + ex.getResourcePath() + ".");
		problem.setTitle("Not found");
		return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
	}

	/**
	 * The last line behind {@link TextPolicy} and the modules' own checks: the database
	 * refused a value (SQLSTATE class 22, data exception: a NUL, a number out of range,
	 * text too long for its column) or a constraint (class 23). Both are the caller's
	 * input, so 400 or 409 — without the SQL, and without a stack trace in the log.
	 */
	@ExceptionHandler(DataAccessException.class)
	ResponseEntity<ProblemDetail> database(DataAccessException ex) {
		SQLException sql = find(ex, SQLException.class);
		String state = sql == null || sql.getSQLState() == null ? "" : sql.getSQLState();
		if (!state.startsWith("22") && !state.startsWith("23")) {
			return ResponseEntity.internalServerError().body(unexpected(ex));
		}
		log.warn("Input refused by the database (SQLSTATE {}): {}", state, firstLine(sql.getMessage()));
		String column = sql instanceof PSQLException psql && psql.getServerErrorMessage() != null
				? psql.getServerErrorMessage().getColumn() : null;
		String field = column == null ? null : JdbcUtils.convertUnderscoreNameToPropertyName(column);
		HttpStatus status = switch (state) {
			case "23505" -> HttpStatus.CONFLICT;
			default -> HttpStatus.BAD_REQUEST;
		};
		String detail = switch (state.substring(0, 2).equals("23") ? state : state.substring(0, 2)) {
			case "23505" -> "This already exists.";
			case "23503" ->
				"The request refers to something that does not exist, or something else still refers to it.";
			case "23502" -> "A required value is missing" + (field == null ? "." : ": '" + field + "'.");
			case "23514", "23P01" ->
				"A value is outside what is allowed" + (field == null ? "." : ": '" + field + "'.");
			default -> switch (state) {
				case "22001" -> "A text is longer than allowed" + (field == null ? "." : ": '" + field + "'.");
				case "22003" -> "A number is out of range" + (field == null ? "." : ": '" + field + "'.");
				case "22021", "22P05" -> "A text contains a character that cannot be stored (such as U+0000).";
				case "22007", "22008" -> "A date or time is out of range.";
				default -> "A value cannot be stored" + (field == null ? "." : ": '" + field + "'.");
			};
		};
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		if (status == HttpStatus.CONFLICT) {
			problem.setTitle("Conflict");
		}
		else {
			problem.setType(VALIDATION);
			problem.setTitle("Invalid request");
		}
		if (field != null) {
			problem.setProperty("errors", List.of(Map.of("field", field, "message", detail)));
		}
		return ResponseEntity.status(status).body(problem);
	}

	/**
	 * Spring's own answers (missing parameter, wrong method, unsupported media type, …)
	 * say what is wrong in plain words; this keeps any of them from carrying a Java name
	 * into the answer should a message ever do so.
	 */
	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		if (body instanceof ProblemDetail problem && problem.getDetail() != null
				&& INTERNALS.matcher(problem.getDetail()).find()) {
			problem.setDetail(statusCode.is4xxClientError() ? "The request cannot be processed as sent."
					: "An unexpected error occurred; it has been logged.");
		}
		return super.handleExceptionInternal(ex, body, headers, statusCode, request);
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ProblemDetail constraintViolation(ConstraintViolationException ex) {
		ProblemDetail problem = invalid("The request has invalid values.");
		problem.setProperty("errors",
				ex.getConstraintViolations()
					.stream()
					.map(v -> Map.of("field", lastNode(v.getPropertyPath()), "message", v.getMessage()))
					.toList());
		return problem;
	}

	/**
	 * Problems are JSON even where the endpoint produces XML (CAP, GB/T 35965.1, Atom) or
	 * images.
	 */
	@ExceptionHandler(InputRejected.class)
	ResponseEntity<ProblemDetail> rejected(InputRejected ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(RefusalStatus.of(ex.refusal()), ex.getMessage());
		problem.setTitle(ex.title());
		if (ex.type() != null) {
			problem.setType(ex.type());
		}
		if (ex.field() != null) {
			problem.setProperty("errors",
					List.of(Map.of("field", ex.field(), "message", String.valueOf(ex.getMessage()))));
		}
		ResponseEntity.BodyBuilder response = ResponseEntity.status(RefusalStatus.of(ex.refusal()))
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		if (ex.retryAfterSeconds() != null) {
			response.header(HttpHeaders.RETRY_AFTER, String.valueOf(ex.retryAfterSeconds()));
		}
		return response.body(problem);
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail illegalArgument(IllegalArgumentException ex) {
		String message = ex.getMessage();
		if (message == null || INTERNALS.matcher(message).find()) {
			log.debug("Refused with an internal message", ex);
			message = "The request has an invalid value.";
		}
		return invalid(message);
	}

	/**
	 * A date or time the caller sent that cannot be read (modules parse some query
	 * parameters themselves).
	 */
	@ExceptionHandler(DateTimeException.class)
	ProblemDetail dateTime(DateTimeException ex) {
		String text = ex instanceof DateTimeParseException parse ? parse.getParsedString() : null;
		String shown = text == null ? "" : " '" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "'";
		return invalid("The date or time" + shown + " cannot be read; use ISO 8601, such as 2026-12-01T08:00:00Z.");
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

	private static String lastNode(jakarta.validation.Path path) {
		String name = null;
		for (jakarta.validation.Path.Node node : path) {
			name = node.getName();
		}
		return name == null ? path.toString() : name;
	}

	private static <T> T find(Throwable ex, Class<T> type) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
		}
		return null;
	}

	private static String firstLine(String message) {
		if (message == null) {
			return "";
		}
		int newline = message.indexOf('\n');
		return newline > 0 ? message.substring(0, newline) : message;
	}

	private static ProblemDetail invalid(String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
		problem.setType(VALIDATION);
		problem.setTitle("Invalid request");
		return problem;
	}

}
