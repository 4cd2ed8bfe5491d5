package org.forewarn.identity;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Locale;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.forewarn.audit.AuditEntry;
import org.forewarn.audit.AuditTrail;
import org.forewarn.platform.Jurisdiction;
import org.forewarn.platform.Role;
import org.forewarn.region.Regions;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;

/**
 * Production has no default passwords: the first administrator is created at start-up
 * from {@code FOREWARN_BOOTSTRAP_ADMIN_USERNAME} /
 * {@code FOREWARN_BOOTSTRAP_ADMIN_PASSWORD}, and only while no administrator exists. Once
 * one exists these settings are ignored (and should be removed).
 */
@Component
@Order(10)
class BootstrapAdmin implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);

	private final Users users;

	private final Regions regions;

	private final PasswordEncoder passwords;

	private final PasswordPolicy policy;

	private final AuditTrail audit;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final String username;

	private final String password;

	BootstrapAdmin(Users users, Regions regions, PasswordEncoder passwords, PasswordPolicy policy, AuditTrail audit,
			TransactionTemplate transactions, Clock clock,
			@Value("${forewarn.bootstrap-admin.username:}") String username,
			@Value("${forewarn.bootstrap-admin.password:}") String password) {
		this.users = users;
		this.regions = regions;
		this.passwords = passwords;
		this.policy = policy;
		this.audit = audit;
		this.transactions = transactions;
		this.clock = clock;
		this.username = username;
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!StringUtils.hasText(username)) {
			if (!users.anyWithRole(Role.ADMIN)) {
				log.warn("No administrator exists. Create the first one by starting once with "
						+ "FOREWARN_BOOTSTRAP_ADMIN_USERNAME and FOREWARN_BOOTSTRAP_ADMIN_PASSWORD set (see README).");
			}
			return;
		}
		if (users.anyWithRole(Role.ADMIN)) {
			log.info("An administrator exists; FOREWARN_BOOTSTRAP_ADMIN_* is ignored and can be removed.");
			return;
		}
		String name = username.trim().toLowerCase(Locale.ROOT);
		PasswordPolicy.Verdict verdict = policy.check(name, password == null ? "" : password);
		if (!verdict.accepted()) {
			audit.recordIndependently(new AuditEntry("system", regions.city().code(), "user.create", "user:" + name,
					"refused", null, "first administrator: password policy: " + verdict.codes()));
			throw new IllegalStateException("FOREWARN_BOOTSTRAP_ADMIN_PASSWORD is refused. " + verdict.message());
		}
		transactions.executeWithoutResult(status -> {
			boolean inserted = users.insert(
					new User(UUID.randomUUID(), name, passwords.encode(password), "系统管理员", null,
							new Jurisdiction(regions.city().code(), null), EnumSet.of(Role.ADMIN), true, 0, null),
					clock.instant());
			if (!inserted && users.byUsername(name).filter(u -> u.roles().contains(Role.ADMIN)).isPresent()) {
				return; // another instance starting at the same moment created it
			}
			if (!inserted) {
				throw new IllegalStateException("cannot create the first administrator: username '" + name
						+ "' is taken by an account that is not an administrator; choose another name");
			}
			audit.record(new AuditEntry("system", regions.city().code(), "user.create", "user:" + name, "success", null,
					"first administrator created by bootstrap settings"));
		});
		log.info("Created the first administrator '{}'.", name);
	}

}
