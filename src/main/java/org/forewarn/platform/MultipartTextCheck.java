package org.forewarn.platform;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.util.WebUtils;

/**
 * Applies {@link TextPolicy} to a multipart request once Spring has parsed it and before
 * the handler sees it: the name and file name of every file part and the name and value
 * of every text part (an evidence note, an answer). JSON parts go through the JSON mapper
 * and so through {@link JsonInputPolicy}.
 */
class MultipartTextCheck implements HandlerInterceptor {

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
		if (multipart == null) {
			return true;
		}
		for (Map.Entry<String, List<MultipartFile>> part : multipart.getMultiFileMap().entrySet()) {
			TextPolicy.check("part name", part.getKey());
			for (MultipartFile file : part.getValue()) {
				TextPolicy.check(part.getKey() + " file name", file.getOriginalFilename());
			}
		}
		for (Map.Entry<String, String[]> parameter : multipart.getParameterMap().entrySet()) {
			TextPolicy.check("part name", parameter.getKey());
			for (String value : parameter.getValue()) {
				TextPolicy.check(parameter.getKey(), value);
			}
		}
		return true;
	}

}
