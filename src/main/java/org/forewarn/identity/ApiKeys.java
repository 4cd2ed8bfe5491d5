package org.forewarn.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * API keys of machine clients: {@code fwk_} + 256 random bits, shown once at creation and
 * stored only as a SHA-256 hash (like bearer tokens, ADR 0001). A key acts with the
 * {@code INTEGRATION} role within its region.
 */
@Repository
class ApiKeys {

	record ApiKey(UUID id, String name, String prefix, String regionCode, String createdBy, Instant createdAt,
			Instant revokedAt, Instant lastUsedAt) {
	}

	private static final String COLUMNS = "id, name, key_prefix, region_code, created_by, created_at, revoked_at, last_used_at";

	private final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final Clock clock;

	ApiKeys(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	String newSecret() {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		return "fwk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** Stores a key under {@code name}; false when the name is taken. */
	boolean insert(UUID id, String name, String secret, String regionCode, String createdBy) {
		return jdbc.sql("""
				insert into api_key (id, name, key_hash, key_prefix, region_code, created_by, created_at)
				values (:id, :name, :hash, :prefix, :region, :by, :at) on conflict do nothing""")
			.param("id", id)
			.param("name", name)
			.param("hash", hash(secret))
			.param("prefix", secret.substring(0, Math.min(8, secret.length())))
			.param("region", regionCode)
			.param("by", createdBy)
			.param("at", Timestamp.from(clock.instant()))
			.update() == 1;
	}

	/** The live key with this secret; records its use. */
	Optional<ApiKey> authenticate(String secret) {
		if (secret == null || secret.length() > 128) {
			return Optional.empty();
		}
		return jdbc
			.sql("update api_key set last_used_at = :now where key_hash = :hash and revoked_at is null returning "
					+ COLUMNS)
			.param("now", Timestamp.from(clock.instant()))
			.param("hash", hash(secret))
			.query((rs, n) -> key(rs))
			.optional();
	}

	List<ApiKey> all() {
		return jdbc.sql("select " + COLUMNS + " from api_key order by created_at").query((rs, n) -> key(rs)).list();
	}

	Optional<ApiKey> find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from api_key where id = :id")
			.param("id", id)
			.query((rs, n) -> key(rs))
			.optional();
	}

	Optional<ApiKey> byName(String name) {
		return jdbc.sql("select " + COLUMNS + " from api_key where name = :name")
			.param("name", name)
			.query((rs, n) -> key(rs))
			.optional();
	}

	boolean revoke(UUID id) {
		return jdbc.sql("update api_key set revoked_at = :now where id = :id and revoked_at is null")
			.param("now", Timestamp.from(clock.instant()))
			.param("id", id)
			.update() == 1;
	}

	private static ApiKey key(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new ApiKey(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("key_prefix"),
				rs.getString("region_code"), rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("revoked_at") == null ? null : rs.getTimestamp("revoked_at").toInstant(),
				rs.getTimestamp("last_used_at") == null ? null : rs.getTimestamp("last_used_at").toInstant());
	}

	static String hash(String secret) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

}
