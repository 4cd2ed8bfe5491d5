package org.forewarn.identity;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class ClientAddressTests {

	static MockHttpServletRequest from(String peer, String... forwardedFor) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setRemoteAddr(peer);
		for (String header : forwardedFor) {
			request.addHeader("X-Forwarded-For", header);
		}
		return request;
	}

	@Test
	void byDefaultNoProxyIsTrustedAndTheHeaderIsIgnored() {
		ClientAddress clients = new ClientAddress(List.of());
		assertThat(clients.of(from("198.51.100.7", "203.0.113.1"))).isEqualTo("198.51.100.7");
	}

	@Test
	void behindATrustedProxyTheRightMostUntrustedHopIsTheClient() {
		ClientAddress clients = new ClientAddress(List.of("10.0.0.0/8", "192.168.1.5"));
		// the left-most entry is whatever the caller wrote; only what our proxies
		// appended counts
		assertThat(clients.of(from("10.0.0.2", "1.2.3.4, 203.0.113.9, 192.168.1.5"))).isEqualTo("203.0.113.9");
		assertThat(clients.of(from("10.0.0.2", "1.2.3.4", "203.0.113.9"))).isEqualTo("203.0.113.9");
		assertThat(clients.of(from("10.0.0.2"))).isEqualTo("10.0.0.2");
		assertThat(clients.of(from("198.51.100.7", "203.0.113.9"))).isEqualTo("198.51.100.7");
	}

	@Test
	void aHostNameInTheHeaderIsNeverLookedUpAndTheProxyCounts() {
		ClientAddress clients = new ClientAddress(List.of("10.0.0.0/8"));
		assertThat(clients.of(from("10.0.0.2", "evil.example.org"))).isEqualTo("10.0.0.2");
	}

}
