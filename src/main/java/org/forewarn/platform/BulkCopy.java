package org.forewarn.platform;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Loading many rows at once with PostgreSQL's {@code COPY … FROM STDIN}, which the demo
 * data of several modules and the enterprise import need: tens of thousands of rows in a
 * second, where single inserts take minutes. The copy joins the caller's transaction (the
 * connection comes from {@link DataSourceUtils}), so a failed load leaves nothing.
 */
public final class BulkCopy {

	private BulkCopy() {
	}

	/**
	 * Copies CSV rows into the target, e.g. {@code "resource (id, kind, name)"}; returns
	 * how many rows the server took. Nothing happens for no rows.
	 */
	public static long copy(DataSource dataSource, String target, CharSequence csv) {
		if (csv.isEmpty()) {
			return 0;
		}
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			return connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("copy " + target + " from stdin with (format csv)", new StringReader(csv.toString()));
		}
		catch (SQLException | IOException e) {
			throw new IllegalStateException("could not copy into " + target, e);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

	/**
	 * Appends one CSV line: null is an empty unquoted field (NULL to COPY), an enum its
	 * name, anything else its text, quoted.
	 */
	public static void row(StringBuilder out, Object... values) {
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				out.append(',');
			}
			Object v = values[i];
			if (v == null) {
				continue;
			}
			String s = v instanceof Enum<?> e ? e.name() : v.toString();
			out.append('"').append(s.replace("\"", "\"\"")).append('"');
		}
		out.append('\n');
	}

}
