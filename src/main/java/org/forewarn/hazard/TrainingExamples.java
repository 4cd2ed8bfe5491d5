package org.forewarn.hazard;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.forewarn.hazard.classifier.LabelledText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The labelled texts the classifier learns from beyond the shipped set: dispatchers'
 * corrections.
 */
@Repository
class TrainingExamples {

	private final JdbcClient jdbc;

	TrainingExamples(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void addCorrection(String text, String category, String by, Instant at) {
		jdbc.sql("""
				insert into hazard_training_example (text, category_code, source, created_by, created_at)
				values (:text, :category, 'CORRECTION', :by, :at)""")
			.param("text", text)
			.param("category", category)
			.param("by", by)
			.param("at", Timestamp.from(at))
			.update();
	}

	int count() {
		return jdbc.sql("select count(*) from hazard_training_example").query(Integer.class).single();
	}

	/**
	 * In the order they were added, so that retraining sees them as the live classifier
	 * did.
	 */
	List<LabelledText> all() {
		return jdbc.sql("select text, category_code from hazard_training_example order by id")
			.query((rs, n) -> new LabelledText(rs.getString(1), rs.getString(2)))
			.list();
	}

}
