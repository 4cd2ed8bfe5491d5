package org.forewarn.identity;

import java.time.Clock;
import java.util.Locale;
import java.util.UUID;

import org.forewarn.audit.AuditEntry;
import org.forewarn.audit.AuditTrail;
import org.forewarn.organisation.DepartmentSummary;
import org.forewarn.organisation.Departments;
import org.forewarn.organisation.People;
import org.forewarn.organisation.PersonSummary;
import org.forewarn.platform.CurrentUser;
import org.forewarn.platform.Jurisdiction;
import org.forewarn.platform.OutsideJurisdiction;
import org.forewarn.platform.Refusal;
import org.forewarn.region.Regions;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where an administrator works on accounts of their jurisdiction: every
 * {@link AccountCommand} checks that the account (and for a new one its area, department
 * and person) lies within the administrator's jurisdiction, runs in one transaction and
 * is audited.
 */
@Service
class AccountDesk {

	private final Users users;

	private final Tokens tokens;

	private final Regions regions;

	private final Departments departments;

	private final People people;

	private final PasswordPolicy policy;

	private final PasswordEncoder passwords;

	private final LoginThrottle throttle;

	private final AuditTrail audit;

	private final Clock clock;

	AccountDesk(Users users, Tokens tokens, Regions regions, Departments departments, People people,
			PasswordPolicy policy, PasswordEncoder passwords, LoginThrottle throttle, AuditTrail audit, Clock clock) {
		this.users = users;
		this.tokens = tokens;
		this.regions = regions;
		this.departments = departments;
		this.people = people;
		this.policy = policy;
		this.passwords = passwords;
		this.throttle = throttle;
		this.audit = audit;
		this.clock = clock;
	}

	/** Runs the move; returns the account as it is afterwards. */
	@Transactional
	User handle(CurrentUser admin, AccountCommand command) {
		return switch (command) {
			case AccountCommand.Open open -> open(admin, open);
			case AccountCommand.Unlock unlock -> {
				User user = accountWithin(admin, unlock.username());
				users.unlock(user.username());
				throttle.release(user.username());
				audit.record(AuditEntry.of("user.unlock", "user:" + user.username(), "success", null));
				yield user;
			}
			case AccountCommand.Disable disable -> {
				User user = accountWithin(admin, disable.username());
				if (user.id().equals(admin.id())) {
					throw new AccountRejected(Refusal.CONFLICT, "username",
							"不能停用自己的账户。You cannot disable your own account.");
				}
				users.enable(user.username(), false);
				tokens.revokeAllOf(user.id());
				audit.record(AuditEntry.of("user.disable", "user:" + user.username(), "success", "all sessions ended"));
				yield user;
			}
			case AccountCommand.Enable enable -> {
				User user = accountWithin(admin, enable.username());
				users.enable(user.username(), true);
				audit.record(AuditEntry.of("user.enable", "user:" + user.username(), "success", null));
				yield user;
			}
			case AccountCommand.RevokeTokens revoke -> {
				User user = accountWithin(admin, revoke.username());
				tokens.revokeAllOf(user.id());
				audit.record(AuditEntry.of("user.revoke-tokens", "user:" + revoke.username(), "success", null));
				yield user;
			}
		};
	}

	private User open(CurrentUser admin, AccountCommand.Open request) {
		if (regions.find(request.regionCode()).isEmpty()) {
			throw new AccountRejected(Refusal.INVALID, "regionCode",
					"regionCode '" + request.regionCode() + "' is not a known area");
		}
		if (!regions.isWithin(request.regionCode(), admin.jurisdiction().regionCode())) {
			throw new OutsideJurisdiction(request.regionCode());
		}
		if (request.departmentCode() != null) {
			DepartmentSummary department = departments.find(request.departmentCode())
				.orElseThrow(() -> new AccountRejected(Refusal.INVALID, "departmentCode",
						"departmentCode '" + request.departmentCode() + "' is not a known department"));
			if (!regions.isWithin(department.regionCode(), admin.jurisdiction().regionCode())) {
				throw new OutsideJurisdiction(department.code());
			}
		}
		if (request.personId() != null) {
			PersonSummary person = people.find(request.personId())
				.orElseThrow(() -> new AccountRejected(Refusal.INVALID, "personId",
						"personId '" + request.personId() + "' is not a known person"));
			if (!regions.isWithin(person.regionCode(), admin.jurisdiction().regionCode())) {
				throw new OutsideJurisdiction("person:" + person.id());
			}
		}
		String username = request.username().toLowerCase(Locale.ROOT);
		PasswordPolicy.Verdict verdict = policy.check(username, request.password());
		if (!verdict.accepted()) {
			// independently: the refusal rolls this transaction back, its record must
			// stay
			audit.recordIndependently(
					AuditEntry.of("user.create", "user:" + username, "refused", "password policy: " + verdict.codes()));
			throw new PasswordRefused("password", verdict);
		}
		User user = new User(UUID.randomUUID(), username, passwords.encode(request.password()), request.displayName(),
				request.personId(), new Jurisdiction(request.regionCode(), request.departmentCode()), request.roles(),
				true, 0, null);
		if (!users.insert(user, clock.instant())) {
			throw new AccountRejected(Refusal.CONFLICT, "username", "username '" + username + "' is taken");
		}
		audit.record(AuditEntry.of("user.create", "user:" + username, "success",
				"roles=" + request.roles() + " region=" + request.regionCode()));
		return user;
	}

	private User accountWithin(CurrentUser admin, String username) {
		User user = users.byUsername(username)
			.orElseThrow(() -> new AccountRejected(Refusal.NOT_FOUND, "username", "no user '" + username + "'"));
		if (!regions.isWithin(user.jurisdiction().regionCode(), admin.jurisdiction().regionCode())) {
			throw new OutsideJurisdiction("user:" + username);
		}
		return user;
	}

}
