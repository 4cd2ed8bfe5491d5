package org.forewarn.enterprise;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps each enterprise's risk score current: recalculated (in the transaction that
 * changed a linked fact) from the facts, the industry, the scale and the key categories;
 * every change of score is kept with its reason.
 */
@Service
class RiskDesk {

	/** One entry of the score history. */
	record RiskChange(Instant at, int score, String level, Integer previous, String reason) {
	}

	private final RegisteredEnterprises registry;

	private final Facts facts;

	private final Industries industries;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Clock clock;

	RiskDesk(RegisteredEnterprises registry, Facts facts, Industries industries, JdbcClient jdbc, JsonMapper json,
			Clock clock) {
		this.registry = registry;
		this.facts = facts;
		this.industries = industries;
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * The score from scratch (industry, scale and categories only): a newly registered
	 * enterprise's.
	 */
	RiskModel.Score initial(String industryCode, Scale scale, java.util.Set<KeyCategory> categories) {
		return RiskModel.score(inputs(industryCode, scale, categories, new int[10]));
	}

	RiskModel.Inputs inputs(String industryCode, Scale scale, java.util.Set<KeyCategory> categories, int[] c) {
		var industry = industries.find(industryCode);
		return new RiskModel.Inputs(industry.map(Industries.Industry::baseRisk).orElse(0),
				industry.map(Industries.Industry::name).orElse(industryCode), scale, categories, c[0], c[1], c[2], c[3],
				c[4], c[5], c[6], c[7], c[8], c[9]);
	}

	/**
	 * Recalculates the enterprise's score (its row locked, so concurrent facts queue)
	 * and, when it changed, keeps the change with {@code reason}. Returns the new score.
	 */
	@Transactional
	RiskModel.Score recalculate(String uscc, String reason) {
		Instant now = clock.instant();
		Enterprise e = registry.byUsccForUpdate(uscc).orElseThrow(() -> new UnknownEnterprise(uscc));
		RiskModel.Score score = RiskModel
			.score(inputs(e.industryCode(), e.scale(), e.keyCategories(), facts.riskCounts(uscc, now)));
		registry.updateRisk(uscc, score, now);
		if (score.score() != e.riskScore() || !score.level().equals(e.riskLevel())) {
			keep(uscc, now, score, e.riskScore(), reason);
		}
		return score;
	}

	void keep(String uscc, Instant at, RiskModel.Score score, Integer previous, String reason) {
		jdbc.sql("""
				insert into enterprise_risk_history (uscc, at, score, level, previous, reason, factors)
				values (:u, :at, :score, :level, :previous, :reason, cast(:factors as jsonb))""")
			.param("u", uscc)
			.param("at", Timestamp.from(at))
			.param("score", score.score())
			.param("level", score.level())
			.param("previous", previous)
			.param("reason", reason)
			.param("factors", json.writeValueAsString(score.factors()))
			.update();
	}

	List<RiskChange> history(String uscc, int limit) {
		return jdbc.sql("""
				select at, score, level, previous, reason from enterprise_risk_history
				where uscc = :u order by at desc, id desc limit :l""")
			.param("u", uscc)
			.param("l", limit)
			.query((rs, n) -> new RiskChange(rs.getTimestamp(1).toInstant(), rs.getInt(2), rs.getString(3),
					(Integer) rs.getObject(4), rs.getString(5)))
			.list();
	}

}
