package org.forewarn.notification;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * E-mail over SMTP (Spring Mail) to the address a person registered
 * ({@code notification_contact}). The relay comes from {@link ChannelSettings} (host,
 * port, sender address; by default {@code spring.mail.host}/{@code port}); user name and
 * password from {@code spring.mail.username}/{@code password}. One SMTP session per
 * batch.
 */
@Component
class EmailChannel implements Channel {

	private final ChannelSettings settings;

	private final ContactPoints contacts;

	private final String username;

	private final String password;

	private volatile JavaMailSenderImpl sender;

	private volatile ChannelSettings.Settings senderFor;

	EmailChannel(ChannelSettings settings, ContactPoints contacts, @Value("${spring.mail.username:}") String username,
			@Value("${spring.mail.password:}") String password) {
		this.settings = settings;
		this.contacts = contacts;
		this.username = username;
		this.password = password;
	}

	@Override
	public ChannelType type() {
		return ChannelType.EMAIL;
	}

	@Override
	public Map<UUID, String> send(List<Envelope> batch) {
		Map<UUID, String> failed = new HashMap<>();
		ChannelSettings.Settings mail = settings.of(ChannelType.EMAIL);
		if (!mail.enabled() || !StringUtils.hasText(mail.host())) {
			batch.forEach(e -> failed.put(e.id(), "no SMTP relay configured"));
			return failed;
		}
		Map<UUID, String> addresses = contacts.addresses(ChannelType.EMAIL,
				batch.stream().map(Envelope::personId).distinct().toList());
		List<Envelope> sendable = batch.stream().filter(e -> addresses.containsKey(e.personId())).toList();
		batch.stream()
			.filter(e -> !addresses.containsKey(e.personId()))
			.forEach(e -> failed.put(e.id(), "no e-mail address"));
		if (sendable.isEmpty()) {
			return failed;
		}
		SimpleMailMessage[] messages = sendable.stream().map(e -> {
			SimpleMailMessage message = new SimpleMailMessage();
			message.setFrom(mail.from());
			message.setTo(addresses.get(e.personId()));
			message.setSubject(e.title());
			message.setText(e.text() + "\n\n(" + e.id() + ")");
			return message;
		}).toArray(SimpleMailMessage[]::new);
		try {
			sender(mail).send(messages);
		}
		catch (org.springframework.mail.MailSendException e) {
			Map<Object, Exception> failedMessages = e.getFailedMessages();
			for (int i = 0; i < messages.length; i++) {
				if (failedMessages.isEmpty() || failedMessages.containsKey(messages[i])) {
					failed.put(sendable.get(i).id(), "SMTP: " + e.getClass().getSimpleName());
				}
			}
		}
		catch (MailException e) {
			sendable.forEach(env -> failed.put(env.id(), "SMTP: " + e.getClass().getSimpleName()));
		}
		return failed;
	}

	private JavaMailSenderImpl sender(ChannelSettings.Settings mail) {
		if (sender == null || !mail.equals(senderFor)) {
			JavaMailSenderImpl impl = new JavaMailSenderImpl();
			impl.setHost(mail.host());
			impl.setPort(mail.port() == null ? 25 : mail.port());
			impl.setDefaultEncoding("UTF-8");
			if (StringUtils.hasText(username)) {
				impl.setUsername(username);
				impl.setPassword(password);
			}
			Properties properties = impl.getJavaMailProperties();
			properties.put("mail.smtp.connectiontimeout", "5000");
			properties.put("mail.smtp.timeout", "10000");
			properties.put("mail.smtp.writetimeout", "10000");
			properties.put("mail.smtp.auth", String.valueOf(StringUtils.hasText(username)));
			sender = impl;
			senderFor = mail;
		}
		return sender;
	}

}
