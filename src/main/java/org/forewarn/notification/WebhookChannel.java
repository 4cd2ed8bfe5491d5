package org.forewarn.notification;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Webhooks: {@code POST} of the notice as JSON to the URL a person (or their unit's
 * system) registered. With {@code forewarn.notification.webhook.secret} set,
 * {@code X-Forewarn-Signature: sha256=<hex HMAC of the body>} lets the receiver check the
 * sender. A 2xx answer within 10 s counts as taken. Only URLs that {@link WebhookTargets}
 * allows are posted to, checked right before each post; redirects are not followed.
 */
@Component
class WebhookChannel implements Channel {

	private final ChannelSettings settings;

	private final ContactPoints contacts;

	private final JsonMapper json;

	private final String secret;

	private final WebhookTargets targets;

	// a redirect could point anywhere, past the target check: never followed
	private final HttpClient http = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(5))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	WebhookChannel(ChannelSettings settings, ContactPoints contacts, JsonMapper json, WebhookTargets targets,
			@Value("${forewarn.notification.webhook.secret:}") String secret) {
		this.settings = settings;
		this.targets = targets;
		this.contacts = contacts;
		this.json = json;
		this.secret = secret;
	}

	@Override
	public ChannelType type() {
		return ChannelType.WEBHOOK;
	}

	@Override
	public Map<UUID, String> send(List<Envelope> batch) {
		Map<UUID, String> failed = new HashMap<>();
		if (!settings.of(ChannelType.WEBHOOK).enabled()) {
			batch.forEach(e -> failed.put(e.id(), "webhooks are switched off"));
			return failed;
		}
		Map<UUID, String> urls = contacts.addresses(ChannelType.WEBHOOK,
				batch.stream().map(Envelope::personId).distinct().toList());
		for (Envelope envelope : batch) {
			String url = urls.get(envelope.personId());
			if (url == null) {
				failed.put(envelope.id(), "no webhook URL");
				continue;
			}
			Map<String, Object> payload = new LinkedHashMap<>();
			payload.put("id", envelope.id());
			payload.put("subjectId", envelope.subjectId());
			payload.put("kind", envelope.kind());
			payload.put("revision", envelope.revision());
			payload.put("personId", envelope.personId());
			payload.put("title", envelope.title());
			payload.put("text", envelope.text());
			payload.put("acknowledge", "/api/notifications/" + envelope.id() + "/acknowledge");
			String error = post(url, json.writeValueAsString(payload));
			if (error != null) {
				failed.put(envelope.id(), error);
			}
		}
		return failed;
	}

	private String post(String url, String body) {
		// checked again at send time: the name may resolve elsewhere now than at
		// registration (DNS rebinding)
		var refusal = targets.refusal(url);
		if (refusal.isPresent()) {
			return "webhook address refused, nothing sent: " + refusal.get();
		}
		try {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
				.timeout(Duration.ofSeconds(10))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
			if (StringUtils.hasText(secret)) {
				request.header("X-Forewarn-Signature", "sha256=" + hmac(body));
			}
			HttpResponse<Void> response = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
			return response.statusCode() / 100 == 2 ? null : "webhook answered HTTP " + response.statusCode();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return "interrupted";
		}
		catch (Exception e) {
			return "webhook unreachable: " + e.getClass().getSimpleName();
		}
	}

	private String hmac(String body) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
	}

}
