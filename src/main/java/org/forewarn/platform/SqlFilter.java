package org.forewarn.platform;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code where} clause of a search whose criteria are each optional, with its named
 * parameters: a criterion the caller left out adds nothing. Every module's list endpoints
 * filter this way (region, status, type, a name part); one place also escapes a name part
 * for {@code like}, so a caller's {@code %}, {@code _} or {@code \} is matched as itself
 * everywhere.
 */
public final class SqlFilter {

	private final StringBuilder where = new StringBuilder(" where true");

	private final Map<String, Object> params = new LinkedHashMap<>();

	/**
	 * Adds {@code and condition} with the parameter {@code :name} when the value is
	 * given; an enum goes by name.
	 */
	public SqlFilter and(String condition, String name, Object value) {
		if (value != null) {
			where.append(" and ").append(condition);
			params.put(name, value instanceof Enum<?> e ? e.name() : value);
		}
		return this;
	}

	/**
	 * Adds {@code and condition} (which takes no parameter, or ones added with
	 * {@link #param}) when asked.
	 */
	public SqlFilter and(boolean when, String condition) {
		if (when) {
			where.append(" and ").append(condition);
		}
		return this;
	}

	/** Rows whose {@code region_path} holds the area, when one is given. */
	public SqlFilter within(String name, String areaCode) {
		return and(":" + name + " = any(region_path)", name, areaCode);
	}

	/**
	 * Rows whose column contains the text (case as stored), when the text is not blank.
	 */
	public SqlFilter containing(String column, String name, String text) {
		if (text != null && !text.isBlank()) {
			where.append(" and ").append(column).append(" like :").append(name).append(" escape '\\'");
			params.put(name, likePattern(text));
		}
		return this;
	}

	/** A parameter a condition added with {@link #and(boolean, String)} uses. */
	public SqlFilter param(String name, Object value) {
		params.put(name, value);
		return this;
	}

	/** The clause, starting with a space: {@code " where true and …"}. */
	public String where() {
		return where.toString();
	}

	public Map<String, Object> params() {
		return params;
	}

	@Override
	public String toString() {
		return where();
	}

	/**
	 * {@code %text%} for {@code like … escape '\'}: the text stripped, its wildcards and
	 * backslashes matched as such.
	 */
	public static String likePattern(String text) {
		return "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

}
