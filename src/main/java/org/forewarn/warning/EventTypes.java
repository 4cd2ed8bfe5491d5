package org.forewarn.warning;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The warning event types (GB/T 35561-style codes such as {@code 11B03} 暴雨) a warning may
 * carry, read from {@code warning/event-types.csv}, and their CAP category.
 */
@Component
class EventTypes {

	/**
	 * One event type; {@code confirmed} is false where only the sub-class name is known.
	 */
	record EventType(String code, String nameZh, String nameEn, boolean confirmed) {

		/**
		 * The CAP 1.2 category: the second character is the top class (1 natural, 2
		 * accident, 3 public health, 4 social safety), the letter the natural sub-class
		 * (A 水旱 and B 气象 and E 海洋 are Met — CAP counts floods as Met —, C 地震 and D 地质
		 * Geo, F 生物 Env, G 森林火灾 Fire).
		 */
		String capCategory() {
			return capCategory(code);
		}

		static String capCategory(String code) {
			if (code == null || code.length() < 3) {
				return "Other";
			}
			return switch (code.charAt(1)) {
				case '1' -> switch (code.charAt(2)) {
					case 'A', 'B', 'E' -> "Met";
					case 'C', 'D' -> "Geo";
					case 'F' -> "Env";
					case 'G' -> "Fire";
					default -> "Other";
				};
				case '2' -> "Safety";
				case '3' -> "Health";
				case '4' -> "Security";
				default -> "Other";
			};
		}
	}

	private final Map<String, EventType> types = new LinkedHashMap<>();

	EventTypes() {
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(
				new ClassPathResource("warning/event-types.csv").getInputStream(), StandardCharsets.UTF_8))) {
			reader.lines().skip(1).filter(line -> !line.isBlank()).forEach(line -> {
				String[] f = line.split(",", -1);
				types.put(f[0], new EventType(f[0], f[1], f[2], Boolean.parseBoolean(f[3])));
			});
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	Optional<EventType> find(String code) {
		return code == null ? Optional.empty() : Optional.ofNullable(types.get(code.strip().toUpperCase()));
	}

	Collection<EventType> all() {
		return types.values();
	}

}
