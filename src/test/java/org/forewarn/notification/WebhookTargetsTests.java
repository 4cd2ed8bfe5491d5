package org.forewarn.notification;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The webhook target check alone, with a resolver the test controls (no DNS, no traffic).
 */
class WebhookTargetsTests {

	/**
	 * Resolves the names in {@code names} to the addresses given; literals as the JDK
	 * does.
	 */
	static WebhookTargets.Resolver resolving(Map<String, List<String>> names) {
		return host -> {
			List<String> addresses = names.get(host);
			if (addresses == null) {
				if (host.matches("[0-9a-f:.]+")
						&& (host.contains(":") || host.chars().filter(c -> c == '.').count() == 3)) {
					return new InetAddress[] { InetAddress.getByName(host) };
				}
				throw new UnknownHostException(host);
			}
			InetAddress[] resolved = new InetAddress[addresses.size()];
			for (int i = 0; i < resolved.length; i++) {
				resolved[i] = InetAddress.getByName(addresses.get(i));
			}
			return resolved;
		};
	}

	final WebhookTargets targets = new WebhookTargets(List.of(),
			resolving(Map.of("hooks.example.org", List.of("203.0.113.10"), "split.example.org",
					List.of("203.0.113.11", "10.1.2.3"), "metadata.example.org", List.of("169.254.169.254"))));

	@Test
	void refusesLoopbackInEveryNotation() {
		for (String url : List.of("http://127.0.0.1:8080/hook", "http://127.1.2.3/", "http://[::1]:9000/x",
				"http://[::ffff:127.0.0.1]/", "http://[0:0:0:0:0:ffff:7f00:1]/", "http://[::127.0.0.1]/",
				"http://[64:ff9b::7f00:1]/", "http://[2002:7f00:1::]/")) {
			assertThat(targets.refusal(url)).as(url).hasValueSatisfying(why -> assertThat(why).contains("loopback"));
		}
	}

	@Test
	void refusesNumericLoopbackThatTheSystemResolverAccepts() throws Exception {
		// glibc reads "0x7f000001" and "2130706433" as 127.0.0.1; whatever the resolver
		// makes of them is checked
		WebhookTargets system = new WebhookTargets(List.of());
		assertThat(system.refusal("http://0x7f000001:8080/")).isPresent();
		assertThat(system.refusal("http://2130706433/")).isPresent();
		assertThat(system.refusal("http://localhost:8080/")).isPresent();
	}

	@Test
	void refusesPrivateLinkLocalMetadataUnspecifiedMulticastAndCgnat() {
		for (String url : List.of("http://10.0.0.1/", "http://172.16.5.4/", "http://172.31.255.255/",
				"http://192.168.1.1/", "http://169.254.169.254/latest/meta-data/", "http://100.100.100.200/",
				"http://100.64.0.1/", "http://0.0.0.0/", "http://[::]/", "http://224.0.0.1/", "http://255.255.255.255/",
				"http://[fe80::1]/", "http://[fd00:ec2::254]/", "http://[fc00::1]/", "http://[ff02::1]/",
				"http://metadata.example.org/")) {
			assertThat(targets.refusal(url)).as(url).isPresent();
		}
	}

	@Test
	void refusesANameWhenAnyOfItsAddressesIsInternal() {
		assertThat(targets.refusal("https://split.example.org/hook"))
			.hasValueSatisfying(why -> assertThat(why).contains("10.1.2.3"));
	}

	@Test
	void refusesOtherSchemesUserInfoAndUnresolvableNames() {
		assertThat(targets.refusal("ftp://hooks.example.org/"))
			.hasValueSatisfying(why -> assertThat(why).contains("http"));
		assertThat(targets.refusal("file:///etc/passwd")).isPresent();
		assertThat(targets.refusal("gopher://hooks.example.org/")).isPresent();
		assertThat(targets.refusal("https://user:secret@hooks.example.org/"))
			.hasValueSatisfying(why -> assertThat(why).contains("user name or password"));
		assertThat(targets.refusal("https://no-such-host.example.org/"))
			.hasValueSatisfying(why -> assertThat(why).contains("cannot be resolved"));
		assertThat(targets.refusal("http:// spaces /")).isPresent();
	}

	@Test
	void acceptsPublicAddressesAndNames() {
		assertThat(targets.refusal("https://hooks.example.org/forewarn")).isEmpty();
		assertThat(targets.refusal("http://203.0.113.10:8443/x")).isEmpty();
		assertThat(targets.refusal("http://[2001:db8::10]/x")).isEmpty();
		assertThat(targets.refusal("http://172.32.0.1/")).isEmpty(); // just outside
																		// 172.16/12
	}

	@Test
	void anAdministratorsAllowListLetsInternalReceiversThroughAndNothingElse() {
		WebhookTargets allowing = new WebhookTargets(List.of("10.20.0.0/16", "hooks.bureau.local", "*.corp.local"),
				resolving(Map.of("hooks.bureau.local", List.of("10.99.0.1"), "a.corp.local", List.of("192.168.3.3"),
						"other.local", List.of("10.20.1.1", "10.30.1.1"))));
		assertThat(allowing.refusal("http://10.20.3.4:8080/hook")).isEmpty();
		assertThat(allowing.refusal("http://hooks.bureau.local/hook")).isEmpty();
		assertThat(allowing.refusal("http://a.corp.local/hook")).isEmpty();
		assertThat(allowing.refusal("http://10.21.0.1/hook")).isPresent();
		assertThat(allowing.refusal("http://127.0.0.1/hook")).isPresent();
		assertThat(allowing.refusal("http://other.local/hook"))
			.hasValueSatisfying(why -> assertThat(why).contains("10.30.1.1"));
	}

	@Test
	void aNameThatRebindsToAnInternalAddressIsRefusedAtTheNextCheck() {
		var answer = new java.util.concurrent.atomic.AtomicReference<>("203.0.113.50");
		WebhookTargets rebinding = new WebhookTargets(List.of(),
				host -> new InetAddress[] { InetAddress.getByName(answer.get()) });
		assertThat(rebinding.refusal("http://rebind.example.org/hook")).isEmpty();
		answer.set("127.0.0.1");
		assertThat(rebinding.refusal("http://rebind.example.org/hook")).isPresent();
	}

}
