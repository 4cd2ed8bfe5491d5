package org.forewarn.platform;

import java.lang.reflect.Type;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Applies {@link TextPolicy} to request bodies read as plain text
 * ({@code @RequestBody String}, such as a plan document to import); JSON bodies are
 * checked field by field while they are read ({@link JsonInputPolicy}).
 */
@ControllerAdvice
class TextBodyCheck extends RequestBodyAdviceAdapter {

	@Override
	public boolean supports(MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) {
		return targetType == String.class;
	}

	@Override
	public Object afterBodyRead(Object body, HttpInputMessage inputMessage, MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) {
		return body instanceof String text ? TextPolicy.check("body", text) : body;
	}

}
