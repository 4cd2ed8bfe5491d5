package org.forewarn.warning;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.forewarn.organisation.PersonRole;
import org.forewarn.organisation.ResponsibilityType;
import org.forewarn.platform.TextPolicy;
import org.forewarn.region.RegionLevel;
import org.forewarn.region.RegionSummary;
import org.forewarn.region.Regions;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;

import org.forewarn.platform.Refusal;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Turns what a drafter sends into a checked {@link Content}: a known event type, a
 * colour, areas that exist and lie in the owner's jurisdiction, a valid CAP polygon (its
 * communities become targets, clipped to the jurisdiction), an expiry and an audience
 * (default: all 三防 responsible persons).
 */
@Component
class WarningForms {

	static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

	/** The body of {@code POST /api/warnings} and of {@code update}. */
	record WarningForm(String eventType, Colour colour, String headline, String description, String instruction,
			List<String> regionCodes, String polygon, Instant expiresAt, WarningAudience audience) {
	}

	/** Who is notified; empty: every 三防 responsible person. */
	record WarningAudience(Set<PersonRole> roles, Set<ResponsibilityType> duties) {
	}

	private final EventTypes eventTypes;

	private final Regions regions;

	WarningForms(EventTypes eventTypes, Regions regions) {
		this.eventTypes = eventTypes;
		this.regions = regions;
	}

	Content content(WarningForm form, String ownerRegion, String senderName) {
		if (form == null) {
			throw new WarningRejected(Refusal.INVALID, "body", "Send the warning as JSON.");
		}
		EventTypes.EventType type = eventTypes.find(form.eventType())
			.orElseThrow(() -> WarningRejected.invalid("eventType",
					"Unknown event type '" + form.eventType() + "'; use a GB/T 35561 code such as 11B03 (暴雨)."));
		if (form.colour() == null) {
			throw WarningRejected.invalid("colour", "A warning needs a colour: RED, ORANGE, YELLOW or BLUE.");
		}
		if (form.expiresAt() == null) {
			throw WarningRejected.invalid("expiresAt", "A warning needs an expiry time.");
		}
		List<String> named = new ArrayList<>();
		List<String> names = new ArrayList<>();
		for (String code : form.regionCodes() == null ? List.<String>of() : form.regionCodes()) {
			RegionSummary area = regions.find(code == null ? null : code.strip())
				.orElseThrow(() -> WarningRejected.invalid("regionCodes", "Unknown area '" + code + "'."));
			if (!regions.isWithin(area.code(), ownerRegion)) {
				throw WarningRejected.invalid("regionCodes", area.name() + " (" + area.code()
						+ ") lies outside the jurisdiction the warning belongs to (" + ownerRegion + ").");
			}
			if (!named.contains(area.code())) {
				named.add(area.code());
				names.add(area.name());
			}
		}
		String polygon = TextPolicy.blankToNull(form.polygon());
		Set<String> targets = new LinkedHashSet<>(named);
		if (polygon != null) {
			Polygon shape = parsePolygon(polygon, "polygon");
			List<RegionSummary> touched = regions.intersecting(shape, RegionLevel.COMMUNITY)
				.stream()
				.filter(c -> regions.isWithin(c.code(), ownerRegion))
				.toList();
			if (touched.isEmpty()) {
				throw WarningRejected.invalid("polygon", "The polygon covers no community of the jurisdiction "
						+ ownerRegion + "; check the order: CAP polygons are 'latitude,longitude' pairs.");
			}
			touched.forEach(c -> targets.add(c.code()));
			names.add("绘制区域(" + touched.size() + "个社区)");
		}
		if (targets.isEmpty()) {
			throw WarningRejected.invalid("regionCodes", "Name at least one area or draw a polygon.");
		}
		Set<PersonRole> roles = form.audience() == null || form.audience().roles() == null
				|| form.audience().roles().isEmpty() ? EnumSet.of(PersonRole.RESPONSIBLE_PERSON)
						: EnumSet.copyOf(form.audience().roles());
		Set<ResponsibilityType> duties = form.audience() == null || form.audience().duties() == null
				|| form.audience().duties().isEmpty() ? EnumSet.noneOf(ResponsibilityType.class)
						: EnumSet.copyOf(form.audience().duties());
		if (!duties.isEmpty()) {
			roles.add(PersonRole.RESPONSIBLE_PERSON);
		}
		String headline = !StringUtils.hasText(form.headline())
				? senderName + "发布" + type.nameZh() + form.colour().chinese() + "预警" + form.colour().gradeLabel()
				: limit(form.headline().strip(), 200, "headline");
		return new Content(type.code(), type.nameZh(), form.colour(), headline,
				limit(form.description(), 4000, "description"), limit(form.instruction(), 4000, "instruction"), named,
				polygon, List.copyOf(targets), String.join("、", names), form.expiresAt(), roles, duties);
	}

	/**
	 * Parses a CAP polygon: at least four {@code latitude,longitude} pairs (WGS 84)
	 * separated by spaces, the first equal to the last, forming a valid polygon.
	 */
	static Polygon parsePolygon(String cap, String field) {
		String[] pairs = cap.strip().split("\\s+");
		if (pairs.length < 4) {
			throw WarningRejected.invalid(field,
					"A polygon needs at least four 'lat,lon' pairs, the first equal to the last.");
		}
		Coordinate[] ring = new Coordinate[pairs.length];
		for (int i = 0; i < pairs.length; i++) {
			String[] latLon = pairs[i].split(",");
			try {
				double lat = Double.parseDouble(latLon[0]);
				double lon = Double.parseDouble(latLon[1]);
				// NaN and Infinity parse as doubles and pass a plain range check
				if (latLon.length != 2 || !Double.isFinite(lat) || !Double.isFinite(lon) || Math.abs(lat) > 90
						|| Math.abs(lon) > 180) {
					throw new NumberFormatException();
				}
				ring[i] = new Coordinate(lon, lat);
			}
			catch (RuntimeException e) {
				throw WarningRejected.invalid(field, "'" + pairs[i] + "' is not a 'latitude,longitude' pair.");
			}
		}
		if (!ring[0].equals2D(ring[ring.length - 1])) {
			throw WarningRejected.invalid(field, "A polygon's first and last points must be the same.");
		}
		Polygon polygon = WGS84.createPolygon(ring);
		if (!polygon.isValid()) {
			throw WarningRejected.invalid(field, "The polygon crosses itself.");
		}
		return polygon;
	}

	private static String limit(String text, int max, String field) {
		if (text == null) {
			return null;
		}
		if (text.length() > max) {
			throw WarningRejected.invalid(field, field + " is longer than " + max + " characters.");
		}
		return text.isBlank() ? null : text.strip();
	}

}
