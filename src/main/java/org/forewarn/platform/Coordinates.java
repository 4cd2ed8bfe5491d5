package org.forewarn.platform;

/**
 * The one check every endpoint that takes a point applies before using it: a latitude and
 * longitude must be given, be finite numbers and lie on the globe. Comparisons alone let
 * {@code NaN} through ({@code NaN < -90} is false), which is how {@code ?lat=NaN&lon=NaN}
 * once answered 200; whether the point is inside the city is the region module's
 * question, asked by the module acting on it.
 */
public final class Coordinates {

	private Coordinates() {
	}

	/**
	 * Refuses (400, naming the field) a missing, non-finite or out-of-range latitude or
	 * longitude.
	 */
	public static void require(Double latitude, String latitudeField, Double longitude, String longitudeField) {
		if (latitude == null) {
			throw new InvalidCoordinate(latitudeField, "Give the latitude (-90 to 90).");
		}
		if (!Double.isFinite(latitude) || latitude < -90 || latitude > 90) {
			throw new InvalidCoordinate(latitudeField,
					"The latitude must be a number from -90 to 90, not " + latitude + ".");
		}
		if (longitude == null) {
			throw new InvalidCoordinate(longitudeField, "Give the longitude (-180 to 180).");
		}
		if (!Double.isFinite(longitude) || longitude < -180 || longitude > 180) {
			throw new InvalidCoordinate(longitudeField,
					"The longitude must be a number from -180 to 180, not " + longitude + ".");
		}
	}

	/** A latitude or longitude that is not a point on the globe. */
	static final class InvalidCoordinate extends InputRejected {

		InvalidCoordinate(String field, String message) {
			super(Refusal.INVALID, field, message);
		}

	}

}
