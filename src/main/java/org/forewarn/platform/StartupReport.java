package org.forewarn.platform;

import java.lang.management.ManagementFactory;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Prints where the console is and what to log in with, once the platform is ready. */
@Component
class StartupReport {

	private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

	private final ObjectProvider<StartupNote> notes;

	private final Environment environment;

	StartupReport(ObjectProvider<StartupNote> notes, Environment environment) {
		this.notes = notes;
		this.environment = environment;
	}

	@EventListener
	void ready(ApplicationReadyEvent event) {
		int port = event.getApplicationContext() instanceof WebServerApplicationContext web
				&& web.getWebServer() != null ? web.getWebServer().getPort()
						: environment.getProperty("server.port", Integer.class, 8080);
		long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
		StringBuilder text = new StringBuilder()
			.append("\n================================================================\n")
			.append(" Forewarn is ready (")
			.append(uptime)
			.append(" ms since JVM start)\n")
			.append(" Console:   http://localhost:")
			.append(port)
			.append("/\n")
			.append(" API docs:  http://localhost:")
			.append(port)
			.append("/swagger-ui.html\n")
			.append(" Health:    http://localhost:")
			.append(port)
			.append("/actuator/health\n");
		List<StartupNote> all = notes.orderedStream().toList();
		all.forEach(note -> text.append(note.text()).append('\n'));
		text.append("================================================================");
		log.info(text.toString());
	}

}
