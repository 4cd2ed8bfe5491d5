package org.forewarn;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The whole platform on a real embedded PostgreSQL with the demo data set, in a fresh
 * data directory, served on a random port by a real Tomcat as well as through
 * {@code MockMvc}. Test classes that use exactly this annotation share one application
 * context (and so one database) and one {@link MovableClock}: starting it with the demo
 * data costs about a minute, so a class that needs a different context should be a slice
 * ({@code @WebMvcTest}) or a module test ({@code @ApplicationModuleTest}) instead, not a
 * variant of this one. {@link ContextOrder} runs these classes next to each other.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "forewarn.embedded-db.data-dir=target/test-db/platform", "forewarn.embedded-db.clean=true",
				"forewarn.demo.enabled=true", "FOREWARN_LOG_FILE=target/test-logs/platform.log" })
@AutoConfigureMockMvc
@Import(TestClockConfiguration.class)
public @interface PlatformIntegrationTest {

}
