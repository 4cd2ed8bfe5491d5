package org.forewarn;

import org.forewarn.platform.DatabaseBackup;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Forewarn: one modular monolith in which a city prevents and handles emergencies. Every
 * direct sub-package is a business module (see README's domain map and
 * {@code ModularityTests}).
 */
@SpringBootApplication
@EnableScheduling
public class ForewarnApplication {

	public static void main(String[] args) {
		if (DatabaseBackup.isCommand(args)) {
			// "backup" / "restore" of the embedded database (README): a short command,
			// not the platform
			System.exit(DatabaseBackup.run(args));
		}
		SpringApplication.run(ForewarnApplication.class, args);
	}

}
