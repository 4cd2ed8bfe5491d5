package org.forewarn.platform;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SqlFilterTests {

	enum Kind {

		TEAM

	}

	@Test
	void aCriterionLeftOutAddsNothing() {
		SqlFilter where = new SqlFilter().within("scope", null)
			.and("kind = :kind", "kind", null)
			.and(false, "cleared")
			.containing("name", "q", "  ");
		assertThat(where.where()).isEqualTo(" where true");
		assertThat(where.params()).isEmpty();
	}

	@Test
	void givenCriteriaAreJoinedWithTheirParametersAndEnumsGoByName() {
		SqlFilter where = new SqlFilter().within("scope", "440304")
			.and("kind = :kind", "kind", Kind.TEAM)
			.and(true, "not cleared");
		assertThat(where.where())
			.isEqualTo(" where true and :scope = any(region_path) and kind = :kind and not cleared");
		assertThat(where.params()).isEqualTo(Map.of("scope", "440304", "kind", "TEAM"));
	}

	@Test
	void aNamePartMatchesWildcardsAndBackslashesAsThemselves() {
		SqlFilter where = new SqlFilter().containing("name", "q", " 50%_a\\b ");
		assertThat(where.where()).isEqualTo(" where true and name like :q escape '\\'");
		assertThat(where.params()).containsEntry("q", "%50\\%\\_a\\\\b%");
	}

}
