package org.forewarn.identity;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.forewarn.platform.CurrentUser;
import org.forewarn.platform.Role;
import org.forewarn.region.Regions;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Administrators manage the accounts within their own jurisdiction. */
@RestController
@RequestMapping("/api/users")
@PreAuthorize("hasRole('ADMIN')")
class UserAdministration {

	private final Users users;

	private final Regions regions;

	private final LoginThrottle throttle;

	private final AccountDesk desk;

	UserAdministration(Users users, Regions regions, LoginThrottle throttle, AccountDesk desk) {
		this.users = users;
		this.regions = regions;
		this.throttle = throttle;
		this.desk = desk;
	}

	record Account(UUID id, String username, String displayName, Set<Role> roles, String regionCode,
			String departmentCode, boolean enabled, boolean locked) {
	}

	record NewAccount(
			@NotBlank @Pattern(regexp = "^[a-z0-9][a-z0-9._-]{2,63}$",
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
		// Few accounts per jurisdiction: filter in memory with the region hierarchy
		// rather than by code prefix.
		return users.all(10_000, 0)
			.stream()
			.filter(u -> regions.isWithin(u.jurisdiction().regionCode(), admin.jurisdiction().regionCode()))
			.skip((long) page * size)
			.limit(size)
			.map(u -> new Account(u.id(), u.username(), u.displayName(), u.roles(), u.jurisdiction().regionCode(),
					u.jurisdiction().departmentCode(), u.enabled(), throttle.throttled(u.username()).isPresent()))
			.toList();
	}

	@PostMapping
	ResponseEntity<Account> create(@AuthenticationPrincipal CurrentUser admin, @Valid @RequestBody NewAccount request) {
		User user = desk.handle(admin,
				new AccountCommand.Open(request.username(), request.password(), request.displayName(), request.roles(),
						request.regionCode(), request.departmentCode(), request.personId()));
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(new Account(user.id(), user.username(), user.displayName(), user.roles(), request.regionCode(),
					request.departmentCode(), true, false));
	}

	/**
	 * Lets the username try passwords again at once after failed logins slowed it down.
	 */
	@PostMapping("/{username}/unlock")
	ResponseEntity<Void> unlock(@AuthenticationPrincipal CurrentUser admin, @PathVariable String username) {
		desk.handle(admin, new AccountCommand.Unlock(username));
		return ResponseEntity.noContent().build();
	}

	/**
	 * Locks the account out for good: no new logins, and every session it has ends.
	 * Enabling it again does not bring those sessions back; its user logs in anew.
	 */
	@PostMapping("/{username}/disable")
	ResponseEntity<Void> disable(@AuthenticationPrincipal CurrentUser admin, @PathVariable String username) {
		desk.handle(admin, new AccountCommand.Disable(username));
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{username}/enable")
	ResponseEntity<Void> enable(@AuthenticationPrincipal CurrentUser admin, @PathVariable String username) {
		desk.handle(admin, new AccountCommand.Enable(username));
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{username}/revoke-tokens")
	ResponseEntity<Void> revokeTokens(@AuthenticationPrincipal CurrentUser admin, @PathVariable String username) {
		desk.handle(admin, new AccountCommand.RevokeTokens(username));
		return ResponseEntity.noContent().build();
	}

}
