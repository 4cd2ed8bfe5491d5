package org.forewarn.enforcement;

import java.time.Instant;
import java.time.ZoneId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Hands out the human-readable numbers, counted per district and year (China time) in one
 * upsert, so concurrent requests never get the same number: inspections
 * {@code JC-440304-2026-000123}, case codes {@code AJ-440304-2026-000045-7}, enforcement
 * case numbers {@code ZF-440304-2026-000045} and accident investigations
 * {@code SG-440307-2026-0007}.
 */
@Repository
class Numbering {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final JdbcClient jdbc;

	Numbering(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	String inspection(String district, Instant now) {
		int year = year(now);
		return "JC-%s-%d-%06d".formatted(district, year, next("JC", district, year));
	}

	/**
	 * A case code and the enforcement case number of the same matter share the sequence
	 * number.
	 */
	CaseCode caseCode(String district, Instant now) {
		int year = year(now);
		return new CaseCode(district, year, next("AJ", district, year));
	}

	static String caseNumber(CaseCode code) {
		return "ZF-%s-%d-%06d".formatted(code.districtCode(), code.year(), code.sequence());
	}

	String accidentInvestigation(String district, Instant now) {
		int year = year(now);
		return "SG-%s-%d-%04d".formatted(district, year, next("SG", district, year));
	}

	private int next(String kind, String district, int year) {
		return jdbc
			.sql("""
					insert into enforcement_counter (kind, district_code, year, last_value) values (:kind, :district, :year, 1)
					on conflict (kind, district_code, year) do update set last_value = enforcement_counter.last_value + 1
					returning last_value""")
			.param("kind", kind)
			.param("district", district)
			.param("year", year)
			.query(Integer.class)
			.single();
	}

	static int year(Instant now) {
		return now.atZone(CHINA).getYear();
	}

}
