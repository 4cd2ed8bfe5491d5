package org.forewarn.enterprise;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.forewarn.region.Regions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The registry, in table {@code enterprise}; also the module's query API
 * {@link Enterprises}.
 */
@Repository
class RegisteredEnterprises implements Enterprises {

	static final String COLUMNS = "e.uscc, e.name, e.industry_code, e.address, e.latitude, e.longitude, e.district_code,"
			+ " e.street_code, e.community_code, e.grid_code, e.scale, e.key_categories, e.regulator_codes, e.contacts,"
			+ " e.risk_score, e.risk_level, e.public_code, e.created_at, e.created_by, e.version";

	/** A page of a search, newest total count included. */
	record Page(List<Enterprise> items, long total, int page, int size) {
	}

	/** What a search asks for; every field optional. */
	record Criteria(String text, String industry, String region, String risk) {
	}

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Industries industries;

	private final Regions regions;

	RegisteredEnterprises(JdbcClient jdbc, JsonMapper json, Industries industries, Regions regions) {
		this.regions = regions;
		this.jdbc = jdbc;
		this.json = json;
		this.industries = industries;
	}

	/** Inserts the enterprise unless its USCC exists; returns whether it was inserted. */
	boolean insert(Enterprise e) {
		return jdbc
			.sql("""
					insert into enterprise (uscc, name, industry_code, address, latitude, longitude, district_code,
					    street_code, community_code, grid_code, scale, key_categories, regulator_codes, contacts,
					    risk_score, risk_level, public_code, created_at, created_by)
					values (:uscc, :name, :industry, :address, :lat, :lon, :district, :street, :community, :grid, :scale,
					    :categories, :regulators, cast(:contacts as jsonb), :score, :level, :publicCode, :createdAt, :createdBy)
					on conflict (uscc) do nothing""")
			.param("uscc", e.code())
			.param("name", e.name())
			.param("industry", e.industryCode())
			.param("address", e.address())
			.param("lat", e.latitude())
			.param("lon", e.longitude())
			.param("district", e.districtCode())
			.param("street", e.streetCode())
			.param("community", e.communityCode())
			.param("grid", e.gridCode())
			.param("scale", e.scale().name())
			.param("categories", e.keyCategories().stream().map(Enum::name).sorted().toArray(String[]::new))
			.param("regulators", e.regulatorCodes().toArray(String[]::new))
			.param("contacts", contactsJson(e.contacts()))
			.param("score", e.riskScore())
			.param("level", e.riskLevel())
			.param("publicCode", e.publicCode())
			.param("createdAt", Timestamp.from(e.createdAt()))
			.param("createdBy", e.createdBy())
			.update() == 1;
	}

	Optional<Enterprise> byUscc(String uscc) {
		return jdbc.sql("select " + COLUMNS + " from enterprise e where e.uscc = :u")
			.param("u", uscc)
			.query(this::map)
			.optional();
	}

	/**
	 * The enterprise, its row locked until the end of the caller's transaction (risk
	 * recalculation).
	 */
	Optional<Enterprise> byUsccForUpdate(String uscc) {
		return jdbc.sql("select " + COLUMNS + " from enterprise e where e.uscc = :u for no key update")
			.param("u", uscc)
			.query(this::map)
			.optional();
	}

	Optional<Enterprise> byPublicCode(String code) {
		return jdbc.sql("select " + COLUMNS + " from enterprise e where e.public_code = :c")
			.param("c", code)
			.query(this::map)
			.optional();
	}

	Set<String> existing(Collection<String> usccs) {
		if (usccs.isEmpty()) {
			return Set.of();
		}
		return Set.copyOf(jdbc.sql("select uscc from enterprise where uscc = any(:u)")
			.param("u", usccs.toArray(String[]::new))
			.query(String.class)
			.list());
	}

	Page search(Territory.Scope scope, Criteria c, int page, int size) {
		StringBuilder where = new StringBuilder(" where ").append(scope.condition());
		Map<String, Object> params = new HashMap<>(scope.params());
		if (c.text() != null && !c.text().isBlank()) {
			String text = c.text().strip();
			if (text.matches("[0-9A-Za-z]{6,18}")) {
				where.append(" and (e.uscc like :codePrefix or lower(e.name) like :namePart)");
				params.put("codePrefix", text.toUpperCase() + "%");
			}
			else {
				where.append(" and lower(e.name) like :namePart");
			}
			params.put("namePart", "%" + text.toLowerCase().replace("%", "\\%").replace("_", "\\_") + "%");
		}
		if (c.industry() != null && !c.industry().isBlank()) {
			String industry = c.industry().strip().toUpperCase();
			if (industry.length() == 1) {
				where.append(" and e.industry_code like :industry");
				params.put("industry", industry + "%");
			}
			else {
				where.append(" and e.industry_code = :industry");
				params.put("industry", industry);
			}
		}
		if (c.region() != null && !c.region().isBlank()) {
			where.append(" and :region in (e.district_code, e.street_code, e.community_code, e.grid_code)");
			params.put("region", c.region().strip());
		}
		if (c.risk() != null && !c.risk().isBlank()) {
			where.append(" and e.risk_level = any(:risk)");
			params.put("risk",
					Arrays.stream(c.risk().toUpperCase().split(",")).map(String::strip).toArray(String[]::new));
		}
		long total = jdbc.sql("select count(*) from enterprise e" + where).params(params).query(Long.class).single();
		List<Enterprise> items = jdbc
			.sql("select " + COLUMNS + " from enterprise e" + where
					+ " order by e.risk_score desc, e.uscc limit :limit offset :offset")
			.params(params)
			.param("limit", size)
			.param("offset", (long) page * size)
			.query(this::map)
			.list();
		return new Page(items, total, page, size);
	}

	/**
	 * Points for the risk map: code, name, level, score and position of every visible
	 * enterprise with a location.
	 */
	/** An enterprise's site on the risk map. */
	record SitePoint(String uscc, String name, String riskLevel, int riskScore, double latitude, double longitude) {
	}

	List<SitePoint> points(Territory.Scope scope, String risk) {
		String where = " where " + scope.condition() + " and e.latitude is not null"
				+ (risk == null || risk.isBlank() ? "" : " and e.risk_level = any(:risk)");
		var spec = jdbc
			.sql("select e.uscc, e.name, e.risk_level, e.risk_score, e.latitude, e.longitude from enterprise e" + where)
			.params(scope.params());
		if (risk != null && !risk.isBlank()) {
			spec = spec.param("risk", risk.toUpperCase().split(","));
		}
		return spec
			.query((rs, n) -> new SitePoint(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
					rs.getDouble(5), rs.getDouble(6)))
			.list();
	}

	void updateRisk(String uscc, RiskModel.Score score, java.time.Instant at) {
		jdbc.sql("""
				update enterprise set risk_score = :score, risk_level = :level, risk_factors = cast(:factors as jsonb),
				    risk_at = :at, version = version + 1
				where uscc = :uscc""")
			.param("score", score.score())
			.param("level", score.level())
			.param("factors", json.writeValueAsString(score.factors()))
			.param("at", Timestamp.from(at))
			.param("uscc", uscc)
			.update();
	}

	List<RiskModel.Factor> riskFactors(String uscc) {
		String text = jdbc.sql("select risk_factors::text from enterprise where uscc = :u")
			.param("u", uscc)
			.query(String.class)
			.optional()
			.orElse("[]");
		return json.readValue(text, new TypeReference<List<RiskModel.Factor>>() {
		});
	}

	@Override
	public Optional<EnterpriseSummary> find(Uscc uscc) {
		return uscc == null ? Optional.empty() : byUscc(uscc.value()).map(this::summary);
	}

	@Override
	public Optional<String> keyCategory(String codeOrName) {
		return KeyCategory.parse(codeOrName).map(Enum::name);
	}

	@Override
	public List<EnterpriseSummary> within(Collection<String> regionCodes) {
		if (regionCodes.isEmpty()) {
			return List.of();
		}
		String[] codes = regionCodes.toArray(String[]::new);
		return jdbc
			.sql("select " + COLUMNS + " from enterprise e where e.district_code = any(:c) or e.street_code = any(:c)"
					+ " or e.community_code = any(:c) or e.grid_code = any(:c) or :city = any(:c) order by e.uscc")
			.param("c", codes)
			.param("city", regions.city().code())
			.query(this::map)
			.list()
			.stream()
			.map(this::summary)
			.toList();
	}

	EnterpriseSummary summary(Enterprise e) {
		return new EnterpriseSummary(e.code(), e.name(), e.industryCode(), industries.nameOf(e.industryCode()),
				e.address(), e.latitude(), e.longitude(), e.districtCode(), e.streetCode(), e.gridCode(),
				e.regulatorCodes(), e.keyCategories().stream().map(Enum::name).toList(), e.riskLevel(), e.riskScore());
	}

	String contactsJson(List<Enterprise.EnterpriseContact> contacts) {
		return json.writeValueAsString(contacts);
	}

	Enterprise map(ResultSet rs, int row) throws SQLException {
		Set<KeyCategory> categories = EnumSet.noneOf(KeyCategory.class);
		for (String c : (String[]) rs.getArray("key_categories").getArray()) {
			KeyCategory.parse(c).ifPresent(categories::add);
		}
		List<Enterprise.EnterpriseContact> contacts = json.readValue(rs.getString("contacts"),
				new TypeReference<List<Enterprise.EnterpriseContact>>() {
				});
		return new Enterprise(new Uscc(rs.getString("uscc")), rs.getString("name"), rs.getString("industry_code"),
				rs.getString("address"), (Double) rs.getObject("latitude"), (Double) rs.getObject("longitude"),
				rs.getString("district_code"), rs.getString("street_code"), rs.getString("community_code"),
				rs.getString("grid_code"), Scale.valueOf(rs.getString("scale")), categories,
				new ArrayList<>(List.of((String[]) rs.getArray("regulator_codes").getArray())), contacts,
				rs.getInt("risk_score"), rs.getString("risk_level"), rs.getString("public_code"),
				rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"), rs.getInt("version"));
	}

}
