package org.forewarn.enterprise;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The record of each bulk import 批量导入记录: what was sent, how many rows went in, and why
 * the others did not.
 */
@Repository
class Imports {

	/** One import as its importer may read it back. */
	record ImportRecord(UUID id, String fileName, int rows, int imported, List<EnterpriseImport.RowProblem> problems,
			String importedBy, Instant importedAt) {
	}

	private final JdbcClient jdbc;

	private final JsonMapper json;

	Imports(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	void insert(ImportRecord record) {
		jdbc.sql(
				"""
						insert into enterprise_import (id, file_name, rows_total, rows_imported, problems, imported_by, imported_at)
						values (:id, :file, :rows, :imported, cast(:problems as jsonb), :by, :at)""")
			.param("id", record.id())
			.param("file", record.fileName())
			.param("rows", record.rows())
			.param("imported", record.imported())
			.param("problems", json.writeValueAsString(record.problems()))
			.param("by", record.importedBy())
			.param("at", Timestamp.from(record.importedAt()))
			.update();
	}

	/**
	 * The import, if this user made it (an import report names rows of enterprises: it is
	 * its importer's).
	 */
	Optional<ImportRecord> find(UUID id, String importedBy) {
		return jdbc.sql("""
				select id, file_name, rows_total, rows_imported, problems::text, imported_by, imported_at
				from enterprise_import where id = :id and imported_by = :by""")
			.param("id", id)
			.param("by", importedBy)
			.query((rs, n) -> new ImportRecord(rs.getObject(1, UUID.class), rs.getString(2), rs.getInt(3), rs.getInt(4),
					json.readValue(rs.getString(5), new TypeReference<List<EnterpriseImport.RowProblem>>() {
					}), rs.getString(6), rs.getTimestamp(7).toInstant()))
			.optional();
	}

}
