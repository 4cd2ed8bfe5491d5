package org.forewarn.resource;

import java.util.UUID;

/**
 * One resource as stored. {@code phone} is the full number (experts, team leaders): never put it in a list; views
 * mask it.
 */
record Resource(UUID id, ResourceKind kind, String typeCode, String name, UUID warehouseId, String regionCode,
		String departmentCode, double latitude, double longitude, int quantity, String unit, Integer capacity,
		Integer occupancy, String status, String phone, String details, int version) {

	/** What can be dispatched now: stock, free places, members of an idle team, 1 for an idle expert or vehicle. */
	int available() {
		return switch (kind) {
			case WAREHOUSE -> 0;
			case SUPPLY -> quantity;
			case SHELTER -> Math.max(0, nz(capacity) - nz(occupancy));
			case TEAM -> "AVAILABLE".equals(status) ? quantity : 0;
			case EXPERT, VEHICLE -> "AVAILABLE".equals(status) ? 1 : 0;
		};
	}

	String maskedPhone() {
		return mask(phone);
	}

	static String mask(String phone) {
		if (phone == null || phone.length() < 7) {
			return phone == null ? null : "****";
		}
		return phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
	}

	private static int nz(Integer value) {
		return value == null ? 0 : value;
	}
}
