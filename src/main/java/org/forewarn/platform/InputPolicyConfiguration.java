package org.forewarn.platform;

import java.beans.PropertyEditorSupport;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Wires the input policy into Spring MVC: {@link MultipartTextCheck} for multipart parts,
 * and {@link FiniteNumbers} for decimal query and path parameters.
 */
@Configuration(proxyBeanMethods = false)
class InputPolicyConfiguration implements WebMvcConfigurer {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new MultipartTextCheck());
	}

	/**
	 * Decimal parameters must be finite: {@code ?lat=NaN} or {@code 1e400} would
	 * otherwise reach a distance query as a number. An editor rather than a converter,
	 * because Spring falls back to its default number editor (which takes NaN) when a
	 * converter refuses; the refusal is a type mismatch, answered 400 naming the
	 * parameter.
	 */
	@ControllerAdvice
	static class FiniteNumbers {

		@InitBinder
		void finiteDecimals(WebDataBinder binder) {
			binder.registerCustomEditor(double.class, new Finite(false));
			binder.registerCustomEditor(Double.class, new Finite(true));
		}

	}

	private static final class Finite extends PropertyEditorSupport {

		private final boolean nullable;

		Finite(boolean nullable) {
			this.nullable = nullable;
		}

		@Override
		public void setAsText(String text) {
			if (text == null || text.isBlank()) {
				if (!nullable) {
					throw new IllegalArgumentException("a number is required");
				}
				setValue(null);
				return;
			}
			double value = Double.parseDouble(text.strip());
			if (!Double.isFinite(value)) {
				throw new IllegalArgumentException("not a finite number");
			}
			setValue(value);
		}

	}

}
