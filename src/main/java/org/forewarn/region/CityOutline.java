package org.forewarn.region;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * A plausible outline for a city the shipped data has no boundary for (every city but
 * Shenzhen, see ADR 0002): a regular hexagon around an approximate centre whose area
 * grows with the number of streets (about {@value #KM2_PER_STREET} km² per street,
 * 300–20,000 km²). It is a stand-in so that districts, streets and grids can be
 * tessellated and points placed; it is always marked derived. Centres come from
 * {@code region/city-centres.csv} (provincial capitals and some large cities, rounded to
 * 0.01°); a city not listed is placed at its province's capital.
 */
final class CityOutline {

	static final double KM2_PER_STREET = 35;
	static final double MIN_KM2 = 300;
	static final double MAX_KM2 = 20_000;

	private static final double KM_PER_DEGREE = 111.32;

	/**
	 * An approximate centre and whether it is the city's own (false: its province
	 * capital's).
	 */
	record Centre(double lon, double lat, boolean own) {
	}

	private CityOutline() {
	}

	static Polygon of(String cityCode, int streets, GeometryFactory factory) {
		Centre centre = centre(cityCode);
		double km2 = Math.max(MIN_KM2, Math.min(MAX_KM2, streets * KM2_PER_STREET));
		double radiusKm = Math.sqrt(2 * km2 / (3 * Math.sqrt(3))); // hexagon area = 3√3/2
																	// · R²
		double dy = radiusKm / KM_PER_DEGREE;
		double dx = radiusKm / (KM_PER_DEGREE * Math.cos(Math.toRadians(centre.lat())));
		Coordinate[] ring = new Coordinate[7];
		for (int i = 0; i < 6; i++) {
			double angle = Math.toRadians(60 * i);
			ring[i] = new Coordinate(round(centre.lon() + dx * Math.cos(angle)),
					round(centre.lat() + dy * Math.sin(angle)));
		}
		ring[6] = ring[0];
		return factory.createPolygon(ring);
	}

	static Centre centre(String cityCode) {
		Map<String, double[]> centres = centres();
		String city4 = cityCode.substring(0, 4);
		double[] own = centres.get(city4);
		if (own != null) {
			return new Centre(own[0], own[1], true);
		}
		double[] capital = centres.get(city4.substring(0, 2) + "01");
		if (capital == null) {
			throw new IllegalStateException("no approximate centre for city " + cityCode + " or its province capital");
		}
		return new Centre(capital[0], capital[1], false);
	}

	private static Map<String, double[]> centres() {
		try (InputStream in = CityOutline.class.getClassLoader().getResourceAsStream("region/city-centres.csv")) {
			if (in == null) {
				throw new IllegalStateException("missing region/city-centres.csv");
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			Map<String, double[]> centres = new LinkedHashMap<>();
			reader.readLine(); // header
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (!line.isBlank()) {
					String[] fields = line.split(",");
					centres.put(fields[0],
							new double[] { Double.parseDouble(fields[2]), Double.parseDouble(fields[3]) });
				}
			}
			return centres;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static double round(double degrees) {
		return Math.round(degrees * 1e6) / 1e6;
	}

}
