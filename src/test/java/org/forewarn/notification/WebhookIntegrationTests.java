package org.forewarn.notification;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;
import com.sun.net.httpserver.HttpServer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.forewarn.PlatformIntegrationTest;
import org.forewarn.platform.DemoMode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 11, item 4: a webhook URL cannot make the platform post to itself or its network
 * (server-side request forgery), neither when registered nor when the address behind a
 * name changes later. The only server here listens on 127.0.0.1 and must receive nothing;
 * no test sends anything to another address.
 */
@PlatformIntegrationTest
class WebhookIntegrationTests {

	static final String PASSWORD = "Correct-Horse-Battery-9";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Notifications notifications;

	@Autowired
	Deliveries deliveries;

	HttpServer receiver;

	final AtomicInteger posts = new AtomicInteger();

	@BeforeEach
	void receiver() throws Exception {
		receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		receiver.createContext("/hook", exchange -> {
			posts.incrementAndGet();
			exchange.sendResponseHeaders(204, -1);
			exchange.close();
		});
		receiver.start();
	}

	@AfterEach
	void stop() {
		receiver.stop(0);
	}

	@Test
	void internalAddressesInAnyNotationAreRefusedAtRegistrationNamingTheField() throws Exception {
		String user = account("hook.registrar", person(0));
		int port = receiver.getAddress().getPort();
		for (String url : List.of("http://127.0.0.1:" + port + "/hook", "http://localhost:" + port + "/hook",
				"http://[::1]:" + port + "/hook", "http://0x7f000001:" + port + "/hook",
				"http://[::ffff:127.0.0.1]:" + port + "/hook", "http://169.254.169.254/latest/meta-data/",
				"http://10.1.2.3/hook", "http://192.168.0.10/hook", "http://100.100.100.200/",
				"http://0.0.0.0:" + port + "/", "http://[fe80::1]/", "https://user:secret@203.0.113.10/hook",
				"ftp://203.0.113.10/hook", "file:///etc/passwd")) {
			mvc.perform(put("/api/me/contact-points").header("Authorization", "Bearer " + user)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"webhookUrl\":\"" + url + "\"}"))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.errors[0].field").value("webhookUrl"));
		}
		mvc.perform(get("/api/me/contact-points").header("Authorization", "Bearer " + user))
			.andExpect(jsonPath("$.webhookUrl").doesNotExist());
		assertThat(jdbc.sql("""
				select count(*) from audit_event where action = 'notification.contact-points' and outcome = 'refused'
				 and actor = 'hook.registrar'""").query(Long.class).single()).isEqualTo(14);

		// a public receiver is accepted (and removed at once: nothing is ever sent there
		// from a test)
		mvc.perform(put("/api/me/contact-points").header("Authorization", "Bearer " + user)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"webhookUrl\":\"https://203.0.113.10/hook\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.webhookUrl").value("https://203.0.113.10/hook"));
		mvc.perform(put("/api/me/contact-points").header("Authorization", "Bearer " + user)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"webhookUrl\":\"\"}")).andExpect(status().isOk());
		assertThat(posts).hasValue(0);
	}

	@Test
	void anAddressThatTurnsInternalAfterRegistrationIsRefusedAtSendTimeAndTheNoticeSaysWhy() throws Exception {
		channel("SMS", "{\"enabled\":false}");
		channel("EMAIL", "{\"enabled\":false}");
		channel("WEBHOOK", "{\"enabled\":true}");
		UUID person = person(1);
		// as if the name had resolved to a public address when registered and to loopback
		// now (DNS rebinding)
		jdbc.sql("""
				insert into notification_contact (person_id, channel, address, updated_at)
				values (:p, 'WEBHOOK', :a, now())
				on conflict (person_id, channel) do update set address = excluded.address""")
			.param("p", person)
			.param("a", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook")
			.update();
		try {
			CommandId id = notifications.send(new Command("test:ssrf-" + UUID.randomUUID(), "演练", "SSRF 回归测试",
					List.of(person), List.of(), "440304", "duty.futian", Duration.ofMinutes(15)));
			Awaitility.await()
				.atMost(Duration.ofSeconds(30))
				.untilAsserted(() -> assertThat(jdbc
					.sql("""
							select last_error from notification where subject_id = :s and person_id = :p and kind = 'NOTICE'""")
					.param("s", id.value())
					.param("p", person)
					.query(String.class)
					.optional())
					.hasValueSatisfying(error -> assertThat(error).startsWith("webhook address refused, nothing sent")
						.contains("127.0.0.1")));
			assertThat(deliveries.awaitIdle(Duration.ofSeconds(30))).isTrue();
			assertThat(posts).hasValue(0);
		}
		finally {
			jdbc.sql("delete from notification_contact where person_id = :p").param("p", person).update();
		}
	}

	// --- helpers
	// -------------------------------------------------------------------------------------------------

	UUID person(int index) {
		return jdbc.sql("select id from person where '440304' = any(region_path) order by id offset :i limit 1")
			.param("i", 100 + index)
			.query(UUID.class)
			.single();
	}

	String token(String username, String password) throws Exception {
		MvcResult result = mvc
			.perform(post("/api/auth/login").contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"%s\",\"password\":\"%s\"}".formatted(username, password)))
			.andExpect(status().isOk())
			.andReturn();
		return JsonPath.read(result.getResponse().getContentAsString(), "$.token");
	}

	String account(String username, UUID person) throws Exception {
		mvc.perform(post("/api/users").header("Authorization", "Bearer " + token("admin", DemoMode.DEMO_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"username":"%s","password":"%s","displayName":"推送测试","roles":["RESPONSIBLE_PERSON"],
					 "regionCode":"440304","personId":"%s"}""".formatted(username, PASSWORD, person)))
			.andExpect(status().isCreated());
		return token(username, PASSWORD);
	}

	void channel(String channel, String json) throws Exception {
		mvc.perform(put("/api/notification-channels/" + channel)
			.header("Authorization", "Bearer " + token("admin", DemoMode.DEMO_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)).andExpect(status().isOk());
	}

}
