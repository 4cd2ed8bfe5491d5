package org.forewarn.region;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the console needs before anyone logs in: which city, where to centre the map, and
 * which tiles (if any).
 */
@RestController
class ConsoleConfigController {

	private final RegionCatalogue catalogue;

	private final String tileUrl;

	private final String tileAttribution;

	ConsoleConfigController(RegionCatalogue catalogue, @Value("${forewarn.map.tile-url:#{null}}") String tileUrl,
			@Value("${forewarn.map.tile-attribution:#{null}}") String tileAttribution) {
		this.catalogue = catalogue;
		this.tileUrl = tileUrl == null || tileUrl.isBlank() ? null : tileUrl;
		this.tileAttribution = tileAttribution == null || tileAttribution.isBlank() ? null : tileAttribution;
	}

	/**
	 * tileUrl null means offline: the console draws only the platform's own GeoJSON
	 * layers.
	 */
	record ConsoleConfig(String cityCode, String cityName, double[] center, int zoom, String tileUrl,
			String tileAttribution) {
	}

	@GetMapping("/api/public/console-config")
	@PreAuthorize("permitAll()")
	ConsoleConfig config() {
		Area city = catalogue.territory().city();
		double[] center = null;
		int zoom = 10;
		if (city.hasBoundary()) {
			// centre on the city's largest part (Shenzhen's Shenshan zone is an exclave
			// 60 km east)
			Geometry main = city.boundary().getGeometryN(0);
			for (int i = 1; i < city.boundary().getNumGeometries(); i++) {
				if (city.boundary().getGeometryN(i).getArea() > main.getArea()) {
					main = city.boundary().getGeometryN(i);
				}
			}
			Envelope box = main.getEnvelopeInternal();
			center = new double[] { round(box.centre().x), round(box.centre().y) };
			zoom = zoomToFit(Math.max(box.getWidth(), box.getHeight()));
		}
		return new ConsoleConfig(city.code(), city.name(), center, zoom, tileUrl, tileAttribution);
	}

	/**
	 * Web-Mercator zoom at which a span of this many degrees fills about 1,000 px (four
	 * 256 px tiles).
	 */
	static int zoomToFit(double degrees) {
		return (int) Math.max(3, Math.min(16, Math.floor(Math.log(360 * 4 / Math.max(degrees, 1e-6)) / Math.log(2))));
	}

	private static double round(double value) {
		return Math.round(value * 1e6) / 1e6;
	}

}
