package org.forewarn.platform;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.deser.jdk.NumberDeserializers;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.jsontype.TypeDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

import org.springframework.stereotype.Component;

/**
 * The input policy for every JSON body and JSON multipart part the platform reads (Boot
 * registers this module with the one JSON mapper): each string and object key passes
 * {@link TextPolicy}, and a floating-point number must be finite (Jackson would otherwise
 * turn {@code 1e400} or the string {@code "NaN"} into a value no column, distance or
 * threshold can use). A refusal is a {@link Refused} carrying the JSON path, answered by
 * {@link ProblemDetailsAdvice} as a 400 naming the field.
 */
@Component
class JsonInputPolicy extends SimpleModule {

	JsonInputPolicy() {
		super("forewarn-json-input-policy");
		addDeserializer(String.class, new Strings());
		addKeyDeserializer(String.class, new Keys());
		addDeserializer(Double.class, new Doubles(Double.class, null));
		addDeserializer(double.class, new Doubles(double.class, 0.0));
	}

	/** A value the policy refuses; Jackson adds the JSON path on its way out. */
	static final class Refused extends MismatchedInputException {

		private final String reason;

		Refused(JsonParser parser, String reason) {
			super(parser, reason);
			this.reason = reason;
		}

		/** Why, in the caller's terms, to follow the field's name. */
		String reason() {
			return reason;
		}

	}

	private static final class Strings extends StdScalarDeserializer<String> {

		Strings() {
			super(String.class);
		}

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
			return checked(parser, StringDeserializer.instance.deserialize(parser, context));
		}

		@Override
		public Object deserializeWithType(JsonParser parser, DeserializationContext context,
				TypeDeserializer typeDeserializer) throws JacksonException {
			return deserialize(parser, context);
		}

		@Override
		public LogicalType logicalType() {
			return LogicalType.Textual;
		}

		@Override
		public Object getEmptyValue(DeserializationContext context) {
			return "";
		}

		@Override
		public boolean isCachable() {
			return true;
		}

	}

	private static final class Keys extends KeyDeserializer {

		@Override
		public Object deserializeKey(String key, DeserializationContext context) throws JacksonException {
			return checked(context.getParser(), key);
		}

	}

	private static final class Doubles extends NumberDeserializers.DoubleDeserializer {

		Doubles(Class<Double> type, Double nullValue) {
			super(type, nullValue);
		}

		@Override
		public Double deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
			Double value = super.deserialize(parser, context);
			if (value != null && !Double.isFinite(value)) {
				throw new Refused(parser,
						"must be a finite number, not NaN or infinity (at most ±1.7976931348623157E308)");
			}
			return value;
		}

	}

	private static String checked(JsonParser parser, String text) {
		String reason = TextPolicy.reason(text);
		if (reason != null) {
			throw new Refused(parser, reason);
		}
		return text;
	}

}
