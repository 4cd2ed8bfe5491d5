package org.forewarn.platform;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DataRetrievalFailureException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The last line behind the input policy: what the database refuses is the caller's input,
 * said without SQL.
 */
class ProblemDetailsAdviceTests {

	final ProblemDetailsAdvice advice = new ProblemDetailsAdvice(event -> {
	});

	@Test
	void textTheDatabaseCannotStoreIsA400WithoutSql() {
		ResponseEntity<ProblemDetail> answer = advice.database(new DataIntegrityViolationException(
				"PreparedStatementCallback; bad SQL insert into hazard (description) values (?)",
				new SQLException("ERROR: invalid byte sequence for encoding \"UTF8\": 0x00", "22021")));
		assertThat(answer.getStatusCode().value()).isEqualTo(400);
		assertThat(answer.getBody().getDetail()).contains("U+0000").doesNotContain("insert").doesNotContain("UTF8");
	}

	@Test
	void aDuplicateIsAConflictAndAMissingReferenceA400() {
		assertThat(advice.database(new DataIntegrityViolationException("x", new SQLException("dup", "23505")))
			.getStatusCode()
			.value()).isEqualTo(409);
		assertThat(advice.database(new DataIntegrityViolationException("x", new SQLException("fk", "23503")))
			.getStatusCode()
			.value()).isEqualTo(400);
	}

	@Test
	void otherDatabaseFailuresStayServerErrors() {
		assertThat(advice.database(new DataRetrievalFailureException("x", new SQLException("down", "08006")))
			.getStatusCode()
			.value()).isEqualTo(500);
	}

	@Test
	void anIllegalArgumentNamingAJavaClassIsNotEchoed() {
		ProblemDetail problem = advice
			.illegalArgument(new IllegalArgumentException("No enum constant org.forewarn.hazard.Grade.HUGE"));
		assertThat(problem.getDetail()).doesNotContain("org.forewarn");
	}

}
