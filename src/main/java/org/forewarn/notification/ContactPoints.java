package org.forewarn.notification;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The addresses a person gave beyond their phone number (table
 * {@code notification_contact}): an e-mail address and a webhook URL. The phone number
 * stays in the organisation module.
 */
@Repository
class ContactPoints {

	private final JdbcClient jdbc;

	ContactPoints(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Map<UUID, String> addresses(ChannelType channel, Collection<UUID> persons) {
		Map<UUID, String> found = new HashMap<>();
		if (persons.isEmpty()) {
			return found;
		}
		jdbc.sql("select person_id, address from notification_contact where channel = :channel"
				+ " and person_id = any(cast(:persons as uuid[]))")
			.param("channel", channel.name())
			.param("persons", persons.toArray(UUID[]::new))
			.query(rs -> {
				found.put(rs.getObject("person_id", UUID.class), rs.getString("address"));
			});
		return found;
	}

	/**
	 * Every person's registered channels (a small table: only people who registered an
	 * address).
	 */
	Map<UUID, Set<ChannelType>> all() {
		Map<UUID, Set<ChannelType>> found = new HashMap<>();
		jdbc.sql("select person_id, channel from notification_contact").query(rs -> {
			found.computeIfAbsent(rs.getObject("person_id", UUID.class), k -> new HashSet<>())
				.add(ChannelType.valueOf(rs.getString("channel")));
		});
		return found;
	}

	Map<ChannelType, String> of(UUID person) {
		Map<ChannelType, String> found = new EnumMap<>(ChannelType.class);
		jdbc.sql("select channel, address from notification_contact where person_id = :p")
			.param("p", person)
			.query(rs -> {
				found.put(ChannelType.valueOf(rs.getString("channel")), rs.getString("address"));
			});
		return found;
	}

	void set(UUID person, ChannelType channel, String address, Instant now) {
		if (address == null || address.isBlank()) {
			jdbc.sql("delete from notification_contact where person_id = :p and channel = :c")
				.param("p", person)
				.param("c", channel.name())
				.update();
			return;
		}
		jdbc.sql(
				"""
						insert into notification_contact (person_id, channel, address, updated_at) values (:p, :c, :a, :at)
						on conflict (person_id, channel) do update set address = excluded.address, updated_at = excluded.updated_at""")
			.param("p", person)
			.param("c", channel.name())
			.param("a", address.strip())
			.param("at", Timestamp.from(now))
			.update();
	}

}
