package org.forewarn.enterprise;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Enterprises' answers to rectification requests 整改回复, with their evidence files. */
@Repository
class RectificationAnswers {

	/**
	 * One evidence file of an answer as it is described (the content stays in the
	 * database).
	 */
	record AnswerEvidence(String name, String contentType, int size, String sha256) {
	}

	/** An enterprise's answer to one of its disposal orders. */
	record RectificationAnswer(UUID id, String orderCode, String note, List<AnswerEvidence> evidence, String answeredBy,
			Instant answeredAt) {
	}

	/** An evidence file to keep: its description and its content. */
	record EvidenceContent(AnswerEvidence described, byte[] content) {
	}

	private final JdbcClient jdbc;

	private final JsonMapper json;

	RectificationAnswers(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	void insert(String uscc, RectificationAnswer answer, List<EvidenceContent> files) {
		jdbc.sql(
				"""
						insert into enterprise_rectification_answer (id, uscc, order_code, note, evidence, answered_by, answered_at)
						values (:id, :u, :code, :note, cast(:evidence as jsonb), :by, :at)""")
			.param("id", answer.id())
			.param("u", uscc)
			.param("code", answer.orderCode())
			.param("note", answer.note())
			.param("evidence", json.writeValueAsString(answer.evidence()))
			.param("by", answer.answeredBy())
			.param("at", Timestamp.from(answer.answeredAt()))
			.update();
		for (EvidenceContent file : files) {
			jdbc.sql("""
					insert into enterprise_evidence_file (id, answer_id, name, content_type, sha256, content)
					values (:id, :answer, :name, :type, :sha, :content)""")
				.param("id", UUID.randomUUID())
				.param("answer", answer.id())
				.param("name", file.described().name())
				.param("type", file.described().contentType())
				.param("sha", file.described().sha256())
				.param("content", file.content())
				.update();
		}
	}

	/** The enterprise's latest answers, newest first. */
	List<RectificationAnswer> of(String uscc, int limit) {
		return jdbc.sql("""
				select id, order_code, note, evidence::text, answered_by, answered_at
				from enterprise_rectification_answer where uscc = :u order by answered_at desc limit :limit""")
			.param("u", uscc)
			.param("limit", limit)
			.query((rs, n) -> new RectificationAnswer(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
					json.readValue(rs.getString(4), new TypeReference<List<AnswerEvidence>>() {
					}), rs.getString(5), rs.getTimestamp(6).toInstant()))
			.list();
	}

}
