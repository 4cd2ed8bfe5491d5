package org.forewarn.platform;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Wires the input policy into Spring MVC: {@link MultipartTextCheck} for multipart parts, and query or path numbers
 * that must be finite ({@code ?lat=NaN} would otherwise reach a distance query as a number).
 */
@Configuration(proxyBeanMethods = false)
class InputPolicyConfiguration implements WebMvcConfigurer {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new MultipartTextCheck());
	}

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addConverter(String.class, Double.class, new FiniteDouble());
	}

	/** A decimal number; NaN and infinities are refused as a type mismatch (400 naming the parameter). */
	private static final class FiniteDouble implements Converter<String, Double> {

		@Override
		public Double convert(String source) {
			String text = source.strip();
			if (text.isEmpty()) {
				return null;
			}
			double value = Double.parseDouble(text);
			if (!Double.isFinite(value)) {
				throw new IllegalArgumentException("not a finite number");
			}
			return value;
		}
	}
}
