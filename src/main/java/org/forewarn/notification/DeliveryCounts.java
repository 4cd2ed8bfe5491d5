package org.forewarn.notification;

import java.util.List;

/**
 * How far the notices of one warning or command have got: handed to a channel
 * ({@code sent}), seen on a device ({@code delivered}), acknowledged, failed on every
 * channel; in total and by district.
 */
public record DeliveryCounts(long recipients, long sent, long delivered, long acknowledged, long failed,
		long escalations, List<District> byDistrict) {

	public record District(String code, String name, long recipients, long sent, long delivered, long acknowledged,
			long failed) {
	}
}
