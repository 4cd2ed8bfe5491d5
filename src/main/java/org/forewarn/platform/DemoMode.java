package org.forewarn.platform;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Whether the deterministic demo data set is loaded. {@code forewarn.demo.enabled}
 * decides when set; otherwise demo mode is on exactly when the platform runs on its
 * embedded database (no {@code spring.datasource.url}).
 */
@Component
public class DemoMode {

	private final boolean enabled;

	DemoMode(Environment environment) {
		String explicit = environment.getProperty("forewarn.demo.enabled");
		this.enabled = StringUtils.hasText(explicit) ? Boolean.parseBoolean(explicit)
				: !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
	}

	public boolean enabled() {
		return enabled;
	}

	/** The password every demo account shares; documented in README. */
	public static final String DEMO_PASSWORD = "Forewarn#2026";

}
