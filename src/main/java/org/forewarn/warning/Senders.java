package org.forewarn.warning;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.forewarn.organisation.Departments;
import org.forewarn.region.RegionLevel;
import org.forewarn.region.RegionSummary;
import org.forewarn.region.Regions;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Who sends a warning and how its messages are named (GB/T 35965.1 Appendix A). The
 * issuing unit's code is {@code ZZZZZZDDDUUUXX}: the 6-digit GB/T 2260 code of the
 * owner's district (or the city), the 3-digit GB/T 4657 organisation code
 * {@code forewarn.warning.organisation-code}, the sub-unit {@code 000} and the extension
 * {@code 00}. A message identifier is the sender code, {@code _} and the Beijing time
 * {@code YYYYMMDDhhmmss} — the deployed form, without the standard's {@code _N} sequence
 * suffix, which is added ({@code _1} … {@code _9}) only when the same sender sends two
 * messages in one second.
 */
@Component
class Senders {

	static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
	static final DateTimeFormatter BASIC = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(BEIJING);

	private final Regions regions;

	private final Departments departments;

	private final WarningRecords warnings;

	private final String organisationCode;

	private final String domain;

	Senders(Regions regions, Departments departments, WarningRecords warnings,
			@Value("${forewarn.warning.organisation-code:000}") String organisationCode,
			@Value("${forewarn.warning.cap-sender-domain:forewarn.local}") String domain) {
		if (!organisationCode.matches("\\d{3}")) {
			throw new IllegalStateException("forewarn.warning.organisation-code must be 3 digits (GB/T 4657)");
		}
		this.regions = regions;
		this.departments = departments;
		this.warnings = warnings;
		this.organisationCode = organisationCode;
		this.domain = domain;
	}

	/** The 14-character issuing-unit code 发布单位代码 of a warning owned by this region. */
	String senderCode(String ownerRegion) {
		String county = regions.ancestry(ownerRegion)
			.stream()
			.filter(r -> r.level() == RegionLevel.DISTRICT)
			.map(RegionSummary::code)
			.findFirst()
			.orElse(regions.city().code());
		return county.substring(0, 6) + organisationCode + "000" + "00";
	}

	/**
	 * The CAP {@code sender}: the issuing-unit code at the configured domain (globally
	 * unique, as CAP asks).
	 */
	String capSender(String ownerRegion) {
		return senderCode(ownerRegion) + "@" + domain;
	}

	/** The domain of the platform's own CAP senders. */
	String domain() {
		return domain;
	}

	/**
	 * The issuing unit's name: the owner's emergency management bureau, or the area's
	 * name.
	 */
	String senderName(String ownerRegion) {
		String district = regions.ancestry(ownerRegion)
			.stream()
			.filter(r -> r.level() == RegionLevel.DISTRICT || r.level() == RegionLevel.CITY)
			.reduce((first, second) -> second)
			.map(RegionSummary::code)
			.orElse(ownerRegion);
		String area = regions.find(ownerRegion).map(RegionSummary::name).orElse(ownerRegion);
		return departments.find(district + "-YJ")
			.map(d -> ownerRegion.equals(district) ? d.name() : d.name() + "(" + area + ")")
			.orElse(area);
	}

	/** The next message of a warning owned by this region, sent now. */
	Message message(String ownerRegion, int revision, String msgType, Instant now) {
		String code = senderCode(ownerRegion);
		String sender = capSender(ownerRegion);
		String base = code + "_" + BASIC.format(now);
		String identifier = base;
		for (int n = 1; warnings.identifierTaken(sender, identifier); n++) {
			if (n > 9) {
				throw new IllegalWarningMove("More than ten messages from " + code + " in one second; try again.");
			}
			identifier = base + "_" + n;
		}
		return new Message(revision, msgType, identifier, sender,
				now.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
	}

}
