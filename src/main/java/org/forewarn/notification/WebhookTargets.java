package org.forewarn.notification;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.stereotype.Component;

/**
 * Where webhooks may go. A registered URL would otherwise let any user make the platform
 * post to its own machine, the internal network or a cloud metadata service (server-side
 * request forgery), so a URL is refused when it is not plain http(s), carries a user name
 * or password, or when <em>any</em> address its host resolves to is loopback, private
 * (10/8, 172.16/12, 192.168/16, fc00::/7, CGNAT 100.64/10), link-local (169.254/16 with
 * the metadata address, fe80::/10), unspecified, multicast, broadcast or otherwise
 * reserved, also when wrapped in IPv6 (mapped, compatible, NAT64, 6to4). Numeric tricks
 * ({@code 0x7f000001}, {@code 2130706433}) are caught because the check looks at the
 * resolved addresses, not at the text.
 * <p>
 * The check runs when the URL is registered and again right before each post, so a name
 * that resolved to a public address at registration and to an internal one later (DNS
 * rebinding) is refused then. The post follows within microseconds and the JVM's address
 * cache (30 s by default) gives the HTTP client the address just checked.
 * <p>
 * Legitimate internal receivers are allowed by an administrator in
 * {@code forewarn.notification.webhook.allowed-hosts}: host names
 * ({@code hooks.bureau.local}, {@code *.bureau.local}) or addresses and CIDR blocks
 * ({@code 10.20.0.0/16}).
 */
@Component
class WebhookTargets {

	/**
	 * Resolves a host name to all its addresses; {@link InetAddress#getAllByName} outside
	 * tests.
	 */
	interface Resolver {

		InetAddress[] resolve(String host) throws UnknownHostException;

	}

	private static final List<IpAddressMatcher> REFUSED = Stream.of(
			// IPv4: "this network", private, CGNAT (with Alibaba's metadata
			// 100.100.100.200), loopback, link-local (with the
			// 169.254.169.254 metadata service), IETF protocol assignments, benchmarking,
			// multicast, reserved + broadcast
			"0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12",
			"192.0.0.0/24", "192.168.0.0/16", "198.18.0.0/15", "224.0.0.0/4", "240.0.0.0/4",
			// IPv6: unspecified, loopback, unique local (fd00:ec2::254 is a metadata
			// address), link-local, old site-local,
			// multicast
			"::/128", "::1/128", "fc00::/7", "fe80::/10", "fec0::/10", "ff00::/8")
		.map(IpAddressMatcher::new)
		.toList();

	private static final Pattern ADDRESS = Pattern
		.compile("^[0-9.]+(/\\d{1,2})?$|^[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*(/\\d{1,3})?$");

	private final Resolver resolver;

	private final List<IpAddressMatcher> allowedAddresses = new ArrayList<>();

	private final List<String> allowedNames = new ArrayList<>();

	@Autowired
	WebhookTargets(@Value("${forewarn.notification.webhook.allowed-hosts:}") List<String> allowed) {
		this(allowed, InetAddress::getAllByName);
	}

	WebhookTargets(List<String> allowed, Resolver resolver) {
		this.resolver = resolver;
		for (String entry : allowed) {
			String text = entry.strip().toLowerCase(Locale.ROOT);
			if (text.isEmpty()) {
				continue;
			}
			if (ADDRESS.matcher(text).matches()) {
				allowedAddresses.add(new IpAddressMatcher(text));
			}
			else {
				allowedNames.add(text);
			}
		}
	}

	/**
	 * Why webhooks may not be posted to {@code url}, in the user's terms (Chinese and
	 * English), or empty.
	 */
	Optional<String> refusal(String url) {
		URI uri;
		try {
			uri = new URI(url.strip());
		}
		catch (URISyntaxException e) {
			return Optional.of("不是有效的网址。It is not a valid URL.");
		}
		String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		if (!scheme.equals("http") && !scheme.equals("https")) {
			return Optional.of("只接受 http:// 或 https:// 网址。Only http:// and https:// URLs are accepted.");
		}
		if (uri.getRawUserInfo() != null) {
			return Optional.of("网址中不得包含用户名或密码。The URL must not contain a user name or password.");
		}
		String host = uri.getHost();
		if (host == null || host.isEmpty()) {
			return Optional.of("网址缺少有效的主机名。The URL has no valid host name.");
		}
		host = host.toLowerCase(Locale.ROOT);
		if (host.startsWith("[") && host.endsWith("]")) {
			host = host.substring(1, host.length() - 1);
		}
		if (allowedName(host)) {
			return Optional.empty();
		}
		InetAddress[] addresses;
		try {
			addresses = resolver.resolve(host);
		}
		catch (UnknownHostException | SecurityException e) {
			return Optional.of("无法解析主机名 %s。The host name %s cannot be resolved.".formatted(host, host));
		}
		for (InetAddress address : addresses) {
			if (refused(address) && !allowedAddress(address)) {
				return Optional.of(("主机 %s 指向本机、内网或保留地址 %s,不能接收推送;内部接收方须由管理员加入允许列表。"
						+ "The host %s points to a loopback, private, link-local or reserved address (%s); an internal "
						+ "receiver must be allow-listed by an administrator.")
					.formatted(host, address.getHostAddress(), host, address.getHostAddress()));
			}
		}
		return Optional.empty();
	}

	private boolean allowedName(String host) {
		for (String name : allowedNames) {
			if (name.equals(host) || (name.startsWith("*.") && host.endsWith(name.substring(1)))) {
				return true;
			}
		}
		return false;
	}

	private boolean allowedAddress(InetAddress address) {
		String text = address.getHostAddress();
		try {
			return allowedAddresses.stream().anyMatch(range -> range.matches(text));
		}
		catch (IllegalArgumentException unparsable) {
			return false;
		}
	}

	static boolean refused(InetAddress address) {
		String text = address.getHostAddress();
		try {
			if (REFUSED.stream().anyMatch(range -> range.matches(text))) {
				return true;
			}
		}
		catch (IllegalArgumentException unparsable) {
			return true; // what cannot be classified is not posted to
		}
		Optional<InetAddress> embedded = embeddedIpv4(address);
		return embedded.isPresent() && refused(embedded.get());
	}

	/**
	 * The IPv4 address inside an IPv4-mapped, -compatible, NAT64 (64:ff9b::/96) or 6to4
	 * (2002::/16) address.
	 */
	private static Optional<InetAddress> embeddedIpv4(InetAddress address) {
		if (!(address instanceof Inet6Address)) {
			return Optional.empty();
		}
		byte[] b = address.getAddress();
		byte[] v4 = null;
		boolean zeroPrefix = Arrays.equals(b, 0, 10, new byte[10], 0, 10);
		if (zeroPrefix && ((b[10] == (byte) 0xff && b[11] == (byte) 0xff) || (b[10] == 0 && b[11] == 0))) {
			v4 = Arrays.copyOfRange(b, 12, 16);
		}
		else if (b[0] == 0 && b[1] == 0x64 && b[2] == (byte) 0xff && b[3] == (byte) 0x9b
				&& Arrays.equals(b, 4, 12, new byte[8], 0, 8)) {
			v4 = Arrays.copyOfRange(b, 12, 16);
		}
		else if (b[0] == 0x20 && b[1] == 0x02) {
			v4 = Arrays.copyOfRange(b, 2, 6);
		}
		if (v4 == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(Inet4Address.getByAddress(v4));
		}
		catch (UnknownHostException e) {
			return Optional.empty();
		}
	}

}
