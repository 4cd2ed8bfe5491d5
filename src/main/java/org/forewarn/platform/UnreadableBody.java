package org.forewarn.platform;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.PropertyBindingException;
import tools.jackson.databind.exc.ValueInstantiationException;

import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * Says, in the caller's terms, why a request body could not be read: which field (as a
 * JSON path such as {@code checklist[0].answer}) and what it should have been — never
 * Jackson's own message, which names Java types, method signatures and
 * {@code DeserializationFeature} switches.
 */
final class UnreadableBody {

	/**
	 * The field at fault (null for the body as a whole), the sentence for the caller, and
	 * whether it is not JSON.
	 */
	record Problem(String field, String message, boolean malformed) {
	}

	private UnreadableBody() {
	}

	static Problem of(HttpMessageNotReadableException ex) {
		JacksonException jackson = find(ex, JacksonException.class);
		if (jackson == null) {
			// Spring's own "Required request body is missing: <method signature>", or a
			// text body that is not text
			return new Problem(null, "The request needs a body of the documented type.", false);
		}
		String field = path(jackson);
		String subject = field == null ? "The request body" : "'" + field + "'";
		if (jackson instanceof JsonInputPolicy.Refused refused) {
			return new Problem(field == null ? "body" : field, subject + " " + refused.reason() + ".", false);
		}
		if (jackson instanceof StreamConstraintsException) {
			return new Problem(field, "The request body is nested too deeply or holds a value that is too long.", true);
		}
		if (jackson instanceof InputCoercionException) {
			return new Problem(field, subject + " is a number out of range.", false);
		}
		if (jackson instanceof UnexpectedEndOfInputException) {
			return new Problem(null, "The request body is not valid JSON: it ends too early" + at(jackson) + ".", true);
		}
		if (jackson instanceof StreamReadException) {
			return new Problem(null,
					"The request body is not valid JSON" + at(jackson) + ": " + parseReason(jackson) + ".", true);
		}
		if (jackson instanceof PropertyBindingException) {
			return new Problem(field, subject + " is not a field of this request.", false);
		}
		if (jackson instanceof InvalidNullException) {
			return new Problem(field, subject + " must not be null.", false);
		}
		if (jackson instanceof ValueInstantiationException) {
			return new Problem(field, subject + " has an invalid value.", false);
		}
		if (jackson instanceof InvalidFormatException format) {
			return new Problem(field, subject + " must be " + expected(format.getTargetType()) + ".", false);
		}
		if (jackson instanceof MismatchedInputException mismatch) {
			if (field == null && mismatch.getCurrentToken() == null) {
				return new Problem(null, "The request needs a body of the documented type.", false);
			}
			return new Problem(field, subject + " must be " + expected(mismatch.getTargetType()) + ".", false);
		}
		return new Problem(field, subject + " has an invalid value.", false);
	}

	/** {@code a.b[0].c}, or null for the body as a whole. */
	static String path(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				if (!path.isEmpty()) {
					path.append('.');
				}
				path.append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.isEmpty() ? null : path.toString();
	}

	/** What a value of the Java type looks like to a caller. */
	static String expected(Class<?> type) {
		if (type == null) {
			return "of another type";
		}
		if (type.isEnum()) {
			return "one of " + Arrays.stream(type.getEnumConstants())
				.map(c -> ((Enum<?>) c).name())
				.collect(Collectors.joining(", "));
		}
		if (CharSequence.class.isAssignableFrom(type) || type == char.class || type == Character.class) {
			return "text";
		}
		if (type == int.class || type == Integer.class || type == long.class || type == Long.class
				|| type == short.class || type == Short.class || type == byte.class || type == Byte.class
				|| type == BigInteger.class) {
			return "a whole number";
		}
		if (type == double.class || type == Double.class || type == float.class || type == Float.class
				|| type == BigDecimal.class || Number.class.isAssignableFrom(type)) {
			return "a number";
		}
		if (type == boolean.class || type == Boolean.class) {
			return "true or false";
		}
		if (type == UUID.class) {
			return "a UUID such as 3f2504e0-4f89-11d3-9a0c-0305e82c3301";
		}
		if (type == Instant.class || type == OffsetDateTime.class || type == ZonedDateTime.class) {
			return "a date and time such as 2026-12-01T08:00:00Z";
		}
		if (type == LocalDateTime.class) {
			return "a date and time such as 2026-12-01T08:00:00";
		}
		if (type == LocalDate.class) {
			return "a date such as 2026-12-01";
		}
		if (type == LocalTime.class) {
			return "a time such as 08:00";
		}
		if (type == Duration.class) {
			return "a duration such as PT30M";
		}
		if (type.isArray() || Collection.class.isAssignableFrom(type)) {
			return "a list";
		}
		if (Map.class.isAssignableFrom(type)) {
			return "an object";
		}
		return "an object";
	}

	private static String at(JacksonException ex) {
		TokenStreamLocation location = ex.getLocation();
		if (location == null || location.getLineNr() < 1) {
			return "";
		}
		return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
	}

	/**
	 * Jackson's parse messages end in hints to Java programmers ("enable
	 * JsonReadFeature…"); say it plainly.
	 */
	private static String parseReason(JacksonException ex) {
		String message = String.valueOf(ex.getOriginalMessage());
		if (message.contains("Non-standard token") || message.contains("NaN") || message.contains("Infinity")) {
			return "NaN and Infinity are not JSON numbers";
		}
		if (message.contains("Unrecognized token")) {
			return "an unknown word where a value should be";
		}
		if (message.contains("control character") || message.contains("CTRL-CHAR")) {
			return "a control character that is not escaped";
		}
		if (message.contains("Leading zeroes") || message.contains("leading zero")) {
			return "a number with a leading zero";
		}
		if (message.contains("Invalid UTF-8") || message.contains("Invalid UTF")) {
			return "bytes that are not UTF-8";
		}
		if (message.contains("Unexpected close marker")) {
			return "a bracket that closes nothing";
		}
		if (message.contains("was expecting comma") || message.contains("was expecting a colon")
				|| message.contains("was expecting double-quote")) {
			return "a missing comma, colon or quote";
		}
		if (message.contains("Unexpected character")) {
			return "an unexpected character";
		}
		return "it cannot be parsed";
	}

	private static <T> T find(Throwable ex, Class<T> type) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
		}
		return null;
	}

}
