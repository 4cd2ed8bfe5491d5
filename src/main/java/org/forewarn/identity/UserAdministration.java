package org.forewarn.identity;

import org.forewarn.platform.Refusal;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.forewarn.audit.AuditEntry;
import org.forewarn.audit.AuditTrail;
import org.forewarn.organisation.DepartmentSummary;
import org.forewarn.organisation.Departments;
import org.forewarn.organisation.People;
import org.forewarn.organisation.PersonSummary;
import org.forewarn.platform.CurrentUser;
import org.forewarn.platform.Jurisdiction;
import org.forewarn.platform.OutsideJurisdiction;
import org.forewarn.platform.Role;
import org.forewarn.region.Regions;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Administrators manage the accounts within their own jurisdiction. */
@RestController
@RequestMapping("/api/users")
@PreAuthorize("hasRole('ADMIN')")
class UserAdministration {

	private final Users users;
	private final Tokens tokens;
	private final Regions regions;
	private final PasswordEncoder passwords;
	private final AuditTrail audit;
	private final Clock clock;
	private final Departments departments;
	private final People people;
	private final PasswordPolicy policy;
	private final LoginThrottle throttle;

	UserAdministration(Users users, Tokens tokens, Regions regions, PasswordEncoder passwords, AuditTrail audit,
			Clock clock, Departments departments, People people, PasswordPolicy policy, LoginThrottle throttle) {
		this.departments = departments;
		this.policy = policy;
		this.throttle = throttle;
		this.people = people;
		this.users = users;
		this.tokens = tokens;
		this.regions = regions;
		this.passwords = passwords;
		this.audit = audit;
		this.clock = clock;
	}

	record Account(UUID id, String username, String displayName, Set<Role> roles, String regionCode,
			String departmentCode, boolean enabled, boolean locked) {
	}

	record NewAccount(@NotBlank @Pattern(regexp = "^[a-z0-9][a-z0-9._-]{2,63}$",
			message = "3–64 lower-case letters, digits, '.', '_' or '-'") String username,
			@NotBlank @Size(max = PasswordPolicy.MAX_LENGTH) String password,
			@NotBlank @Size(max = 100) String displayName, @NotEmpty Set<@NotNull Role> roles,
			@NotBlank @Size(max = 32) String regionCode, @Size(max = 32) String departmentCode, UUID personId) {
	}

	@GetMapping
	List<Account> list(@AuthenticationPrincipal CurrentUser admin, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "100") int size) {
		if (page < 0 || size < 1 || size > 500) {
			throw new IllegalArgumentException("page must be ≥ 0 and size between 1 and 500");
		}
		// Few accounts per jurisdiction: filter in memory with the region hierarchy rather than by code prefix.
		return users.all(10_000, 0).stream()
			.filter(u -> regions.isWithin(u.jurisdiction().regionCode(), admin.jurisdiction().regionCode()))
			.skip((long) page * size).limit(size)
			.map(u -> new Account(u.id(), u.username(), u.displayName(), u.roles(), u.jurisdiction().regionCode(),
					u.jurisdiction().departmentCode(), u.enabled(), throttle.throttled(u.username()).isPresent()))
			.toList();
	}

	@PostMapping
	@Transactional
	ResponseEntity<Account> create(@AuthenticationPrincipal CurrentUser admin, @Valid @RequestBody NewAccount request) {
		if (regions.find(request.regionCode()).isEmpty()) {
			throw new IllegalArgumentException("regionCode '" + request.regionCode() + "' is not a known area");
		}
		if (!regions.isWithin(request.regionCode(), admin.jurisdiction().regionCode())) {
			throw new OutsideJurisdiction(request.regionCode());
		}
		if (request.departmentCode() != null) {
			DepartmentSummary department = departments.find(request.departmentCode()).orElseThrow(
					() -> new IllegalArgumentException("departmentCode '" + request.departmentCode() + "' is not a known department"));
			if (!regions.isWithin(department.regionCode(), admin.jurisdiction().regionCode())) {
				throw new OutsideJurisdiction(department.code());
			}
		}
		if (request.personId() != null) {
			PersonSummary person = people.find(request.personId()).orElseThrow(
					() -> new IllegalArgumentException("personId '" + request.personId() + "' is not a known person"));
			if (!regions.isWithin(person.regionCode(), admin.jurisdiction().regionCode())) {
				throw new OutsideJurisdiction("person:" + person.id());
			}
		}
		String username = request.username().toLowerCase(Locale.ROOT);
		PasswordPolicy.Verdict verdict = policy.check(username, request.password());
		if (!verdict.accepted()) {
			// independently: the refusal rolls this transaction back, its record must stay
			audit.recordIndependently(AuditEntry.of("user.create", "user:" + username, "refused",
					"password policy: " + verdict.codes()));
			throw new PasswordRefused("password", verdict);
		}
		User user = new User(UUID.randomUUID(), username, passwords.encode(request.password()), request.displayName(),
				request.personId(), new Jurisdiction(request.regionCode(), request.departmentCode()), request.roles(),
				true, 0, null);
		if (!users.insert(user, clock.instant())) {
			throw new ResponseStatusException(HttpStatus.CONFLICT, "username '" + username + "' is taken");
		}
		audit.record(AuditEntry.of("user.create", "user:" + username, "success",
				"roles=" + request.roles() + " region=" + request.regionCode()));
		return ResponseEntity.status(HttpStatus.CREATED).body(new Account(user.id(), username, user.displayName(),
				user.roles(), request.regionCode(), request.departmentCode(), true, false));
	}

	/** Lets the username try passwords again at once after failed logins slowed it down. */
	@PostMapping("/{username}/unlock")
	@Transactional
	ResponseEntity<Void> unlock(@AuthenticationPrincipal CurrentUser admin, @PathVariable String username) {
		User user = accountWithin(admin, username);
		users.unlock(user.username());
		throttle.release(user.username());
		audit.record(AuditEntry.of("user.unlock", "user:" + user.username(), "success", null));
		return ResponseEntity.noContent().build();
	}

	/**
	 * Locks the account out for good: no new logins, and every session it has ends. Enabling it again does not bring
	 * those sessions back; its user logs in anew.
	 */
	@PostMapping("/{username}/disable")
	@Transactional
	ResponseEntity<Void> disable(@AuthenticationPrincipal CurrentUser admin, @PathVariable String username) {
		User user = accountWithin(admin, username);
		if (user.id().equals(admin.id())) {
			throw new AccountRejected(Refusal.CONFLICT, "username",
					"不能停用自己的账户。You cannot disable your own account.");
		}
		users.enable(user.username(), false);
		tokens.revokeAllOf(user.id());
		audit.record(AuditEntry.of("user.disable", "user:" + user.username(), "success", "all sessions ended"));
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{username}/enable")
	@Transactional
	ResponseEntity<Void> enable(@AuthenticationPrincipal CurrentUser admin, @PathVariable String username) {
		User user = accountWithin(admin, username);
		users.enable(user.username(), true);
		audit.record(AuditEntry.of("user.enable", "user:" + user.username(), "success", null));
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{username}/revoke-tokens")
	@Transactional
	ResponseEntity<Void> revokeTokens(@AuthenticationPrincipal CurrentUser admin, @PathVariable String username) {
		tokens.revokeAllOf(accountWithin(admin, username).id());
		audit.record(AuditEntry.of("user.revoke-tokens", "user:" + username, "success", null));
		return ResponseEntity.noContent().build();
	}

	private User accountWithin(CurrentUser admin, String username) {
		User user = users.byUsername(username).orElseThrow(
				() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no user '" + username + "'"));
		if (!regions.isWithin(user.jurisdiction().regionCode(), admin.jurisdiction().regionCode())) {
			throw new OutsideJurisdiction("user:" + username);
		}
		return user;
	}
}
