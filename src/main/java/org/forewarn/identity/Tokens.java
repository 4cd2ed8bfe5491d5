package org.forewarn.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;

/**
 * Opaque bearer tokens: 256 random bits handed to the client once, stored only as a
 * SHA-256 hash, valid until they expire or are revoked (logout, a password change, an
 * administrator disabling the account or revoking its tokens). Opaque tokens (rather than
 * self-contained ones) make a revocation take effect at once on every instance sharing
 * the database. Failed logins never revoke anything.
 */
@Repository
class Tokens {

	record Issued(String token, Instant expiresAt) {
	}

	private final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Duration ttl;

	Tokens(JdbcClient jdbc, Clock clock, @Value("${forewarn.security.token-ttl:12h}") Duration ttl) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.ttl = ttl;
	}

	Issued issue(UUID userId, String remoteAddress) {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant now = clock.instant();
		Instant expires = now.plus(ttl);
		jdbc.sql("""
				insert into auth_token (token_hash, user_id, issued_at, expires_at, remote_address)
				values (:h, :u, :now, :exp, :addr)""")
			.param("h", hash(token))
			.param("u", userId)
			.param("now", Timestamp.from(now))
			.param("exp", Timestamp.from(expires))
			.param("addr", remoteAddress)
			.update();
		return new Issued(token, expires);
	}

	/** The user a live token belongs to. */
	Optional<UUID> userOf(String token) {
		if (token == null || token.length() > 128) {
			return Optional.empty();
		}
		return jdbc.sql("""
				select user_id from auth_token
				 where token_hash = :h and revoked_at is null and expires_at > :now""")
			.param("h", hash(token))
			.param("now", Timestamp.from(clock.instant()))
			.query(UUID.class)
			.optional();
	}

	boolean revoke(String token) {
		return jdbc.sql("update auth_token set revoked_at = :now where token_hash = :h and revoked_at is null")
			.param("h", hash(token))
			.param("now", Timestamp.from(clock.instant()))
			.update() == 1;
	}

	void revokeAllOf(UUID userId) {
		jdbc.sql("update auth_token set revoked_at = :now where user_id = :u and revoked_at is null")
			.param("u", userId)
			.param("now", Timestamp.from(clock.instant()))
			.update();
	}

	/** Ends every session of the user but the one presenting {@code kept}. */
	void revokeAllOfExcept(UUID userId, String kept) {
		jdbc.sql("""
				update auth_token set revoked_at = :now
				 where user_id = :u and revoked_at is null and token_hash <> :kept""")
			.param("u", userId)
			.param("kept", hash(kept == null ? "" : kept))
			.param("now", Timestamp.from(clock.instant()))
			.update();
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	void forgetExpired() {
		jdbc.sql("delete from auth_token where expires_at < :cutoff")
			.param("cutoff", Timestamp.from(clock.instant().minus(Duration.ofDays(7))))
			.update();
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

}
