package org.forewarn.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.forewarn.platform.TextPolicy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Where the external channels send: the SMS gateway's URL, the SMTP relay, whether
 * webhooks are on. Configuration gives the defaults
 * ({@code forewarn.notification.sms.url}, {@code spring.mail.host} …); an administrator
 * may change them at run time ({@code PUT /api/notification-channels/{channel}}), stored
 * in {@code notification_channel} and re-read by every instance each minute. Secrets
 * (gateway key, SMTP password, webhook signing secret) stay in configuration.
 */
@Component
@DependsOnDatabaseInitialization
class ChannelSettings {

	/**
	 * One channel's settings. SMS uses {@code url}; e-mail {@code host}, {@code port},
	 * {@code from}.
	 */
	record Settings(boolean enabled, String url, String host, Integer port, String from) {
	}

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Clock clock;

	private final Map<ChannelType, Settings> defaults = new EnumMap<>(ChannelType.class);

	private volatile Map<ChannelType, Settings> current;

	private final List<ChannelType> order;

	ChannelSettings(JdbcClient jdbc, JsonMapper json, Clock clock,
			@Value("${forewarn.notification.sms.url:}") String smsUrl, @Value("${spring.mail.host:}") String mailHost,
			@Value("${spring.mail.port:25}") int mailPort,
			@Value("${forewarn.notification.email.from:forewarn@localhost}") String mailFrom,
			@Value("${forewarn.notification.webhook.enabled:true}") boolean webhooks,
			@Value("${forewarn.notification.channel-order:SMS,EMAIL,WEBHOOK}") List<ChannelType> order) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
		this.order = List.copyOf(order);
		defaults.put(ChannelType.SMS,
				new Settings(StringUtils.hasText(smsUrl), TextPolicy.blankToNull(smsUrl), null, null, null));
		defaults.put(ChannelType.EMAIL, new Settings(StringUtils.hasText(mailHost), null,
				TextPolicy.blankToNull(mailHost), mailPort, mailFrom));
		defaults.put(ChannelType.WEBHOOK, new Settings(webhooks, null, null, null, null));
		refresh();
	}

	Settings of(ChannelType channel) {
		return current.getOrDefault(channel, new Settings(true, null, null, null, null));
	}

	boolean enabled(ChannelType channel) {
		return channel == ChannelType.IN_APP || of(channel).enabled();
	}

	/** The external channels in the order they are tried. */
	List<ChannelType> order() {
		return order;
	}

	Map<ChannelType, Settings> all() {
		return Map.copyOf(current);
	}

	void change(ChannelType channel, Settings settings, String by) {
		if (channel == ChannelType.IN_APP) {
			throw new IllegalArgumentException("the in-app channel has no settings");
		}
		jdbc.sql("""
				insert into notification_channel (channel, enabled, settings, updated_by, updated_at)
				values (:channel, :enabled, :settings, :by, :at)
				on conflict (channel) do update set enabled = excluded.enabled, settings = excluded.settings,
				    updated_by = excluded.updated_by, updated_at = excluded.updated_at""")
			.param("channel", channel.name())
			.param("enabled", settings.enabled())
			.param("settings", json.writeValueAsString(settings))
			.param("by", by)
			.param("at", Timestamp.from(clock.instant()))
			.update();
		refresh();
	}

	@Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
	void refresh() {
		Map<ChannelType, Settings> next = new EnumMap<>(defaults);
		jdbc.sql("select channel, settings from notification_channel").query(rs -> {
			next.put(ChannelType.valueOf(rs.getString("channel")),
					json.readValue(rs.getString("settings"), Settings.class));
		});
		current = next;
	}

}
