package org.forewarn;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The whole platform on a real embedded PostgreSQL with the demo data set, in a fresh data directory. Test classes
 * that use exactly this annotation share one application context (and so one database) and one {@link MovableClock}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = { "forewarn.embedded-db.data-dir=target/test-db/platform",
		"forewarn.embedded-db.clean=true", "forewarn.demo.enabled=true", "FOREWARN_LOG_FILE=target/test-logs/platform.log" })
@AutoConfigureMockMvc
@Import(TestClockConfiguration.class)
public @interface PlatformIntegrationTest {
}
