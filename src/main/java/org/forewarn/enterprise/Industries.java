package org.forewarn.enterprise;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The GB/T 4754-2017 national economic classification (sections and divisions) with, per
 * division, the member units that regulate it and the points it adds to the risk score.
 * Read once from {@code enterprise/gbt4754-2017-divisions.csv}.
 */
@Component
class Industries {

	/** One division 大类, coded {@code <section><two digits>} (e.g. {@code C26}). */
	record Industry(String code, String section, String sectionName, String name, List<String> regulators, int baseRisk,
			double demoShare) {
	}

	private final Map<String, Industry> byCode = new LinkedHashMap<>();

	Industries() {
		try (var reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource("enterprise/gbt4754-2017-divisions.csv").getInputStream(),
						StandardCharsets.UTF_8))) {
			reader.readLine();
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				String[] f = line.split(",", -1);
				if (f.length < 7) {
					continue;
				}
				byCode.put(f[0], new Industry(f[0], f[1], f[2], f[3], Arrays.asList(f[4].split(";")),
						Integer.parseInt(f[5]), Double.parseDouble(f[6])));
			}
		}
		catch (IOException e) {
			throw new IllegalStateException("cannot read the GB/T 4754 code table", e);
		}
	}

	Optional<Industry> find(String code) {
		return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code.strip().toUpperCase()));
	}

	List<Industry> all() {
		return new ArrayList<>(byCode.values());
	}

	String nameOf(String code) {
		return find(code).map(Industry::name).orElse(code);
	}

}
