package org.forewarn.notification;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import org.forewarn.organisation.People;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * SMS through an HTTP gateway. Each batch (up to
 * {@code forewarn.notification.sms.batch-size}) is one {@code POST <url>} with
 * {@code {"messages":[{"to":"13812345678","text":"…","reference":"<notice id>"}]}} and,
 * when {@code forewarn.notification.sms.api-key} is set,
 * {@code Authorization: Bearer <key>}. Any 2xx means the gateway took the whole batch;
 * anything else (or no answer within 10 s) fails it, to be retried. Full phone numbers
 * come from {@link People#contactNumbers} and go nowhere but the gateway.
 */
@Component
class SmsChannel implements Channel {

	private final ChannelSettings settings;

	private final People people;

	private final JsonMapper json;

	private final String apiKey;

	private final int batchSize;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	SmsChannel(ChannelSettings settings, People people, JsonMapper json,
			@Value("${forewarn.notification.sms.api-key:}") String apiKey,
			@Value("${forewarn.notification.sms.batch-size:500}") int batchSize) {
		this.settings = settings;
		this.people = people;
		this.json = json;
		this.apiKey = apiKey;
		this.batchSize = batchSize;
	}

	@Override
	public ChannelType type() {
		return ChannelType.SMS;
	}

	@Override
	public Map<UUID, String> send(List<Envelope> batch) {
		Map<UUID, String> failed = new HashMap<>();
		ChannelSettings.Settings sms = settings.of(ChannelType.SMS);
		if (!sms.enabled() || !StringUtils.hasText(sms.url())) {
			batch.forEach(e -> failed.put(e.id(), "no SMS gateway configured"));
			return failed;
		}
		Map<UUID, String> numbers = people.contactNumbers(batch.stream().map(Envelope::personId).distinct().toList());
		for (int from = 0; from < batch.size(); from += batchSize) {
			List<Envelope> chunk = batch.subList(from, Math.min(batch.size(), from + batchSize));
			List<Map<String, String>> messages = new ArrayList<>();
			for (Envelope envelope : chunk) {
				String number = numbers.get(envelope.personId());
				if (number == null) {
					failed.put(envelope.id(), "no mobile number");
					continue;
				}
				Map<String, String> message = new LinkedHashMap<>();
				message.put("to", number);
				message.put("text", envelope.text());
				message.put("reference", envelope.id().toString());
				messages.add(message);
			}
			if (messages.isEmpty()) {
				continue;
			}
			String error = post(sms.url(), json.writeValueAsString(Map.of("messages", messages)));
			if (error != null) {
				chunk.stream().filter(e -> !failed.containsKey(e.id())).forEach(e -> failed.put(e.id(), error));
			}
		}
		return failed;
	}

	/** Posts one batch; null when the gateway took it, else the reason. */
	private String post(String url, String body) {
		try {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
				.timeout(Duration.ofSeconds(10))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body));
			if (StringUtils.hasText(apiKey)) {
				request.header("Authorization", "Bearer " + apiKey);
			}
			HttpResponse<Void> response = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
			return response.statusCode() / 100 == 2 ? null : "SMS gateway answered HTTP " + response.statusCode();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return "interrupted";
		}
		catch (Exception e) {
			return "SMS gateway unreachable: " + e.getClass().getSimpleName();
		}
	}

}
