package org.forewarn.platform;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The console is a single-page application with history routing: paths that are neither
 * API, documentation, actuator nor a static file are answered with the console's index
 * page.
 */
@Controller
class ConsoleHosting {

	@GetMapping({ "/", "/login", "/overview", "/map", "/regions/**", "/organisation/**", "/audit/**", "/hazards/**",
			"/monitoring/**", "/warnings/**", "/incidents/**", "/plans/**", "/resources/**", "/enterprises/**",
			"/enforcement/**", "/public/**" })
	String console() {
		return "forward:/index.html";
	}

}
