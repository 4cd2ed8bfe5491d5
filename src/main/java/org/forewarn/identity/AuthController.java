package org.forewarn.identity;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.forewarn.audit.AuditEntry;
import org.forewarn.audit.AuditTrail;
import org.forewarn.organisation.DepartmentSummary;
import org.forewarn.organisation.Departments;
import org.forewarn.platform.CurrentUser;
import org.forewarn.platform.Role;
import org.forewarn.region.RegionSummary;
import org.forewarn.region.Regions;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Login, logout and "who am I". */
@RestController
@RequestMapping("/api/auth")
class AuthController {

	private final Authenticator authenticator;

	private final Tokens tokens;

	private final Regions regions;

	private final AuditTrail audit;

	private final Departments departments;

	private final ClientAddress clients;

	private final PasswordDesk passwordDesk;

	AuthController(Authenticator authenticator, Tokens tokens, Regions regions, AuditTrail audit,
			Departments departments, ClientAddress clients, PasswordDesk passwordDesk) {
		this.departments = departments;
		this.clients = clients;
		this.passwordDesk = passwordDesk;
		this.authenticator = authenticator;
		this.tokens = tokens;
		this.regions = regions;
		this.audit = audit;
	}

	record LoginRequest(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 128) String password) {
	}

	record UserProfile(String username, String displayName, List<Role> roles, String regionCode, String regionName,
			String departmentCode, String departmentName, String enterpriseUscc) {
	}

	record LoginResponse(String token, Instant expiresAt, UserProfile user) {
	}

	record PasswordChange(@NotBlank @Size(max = 128) String currentPassword,
			@NotBlank @Size(max = PasswordPolicy.MAX_LENGTH) String newPassword) {
	}

	/** Public: the one endpoint that hands out tokens. */
	@PostMapping("/login")
	@PreAuthorize("permitAll()")
	ResponseEntity<?> login(@Valid @RequestBody LoginRequest request, HttpServletRequest http) {
		Authenticator.Outcome outcome = authenticator.login(request.username(), request.password(), clients.of(http));
		return switch (outcome) {
			case Authenticator.Success success -> ResponseEntity.ok(new LoginResponse(success.token().token(),
					success.token().expiresAt(), profile(success.user().asCurrentUser())));
			case Authenticator.Refusal refusal -> refused(refusal.reason());
		};
	}

	@PostMapping("/logout")
	@PreAuthorize("isAuthenticated()")
	ResponseEntity<Void> logout(@RequestHeader("Authorization") String authorization,
			@AuthenticationPrincipal CurrentUser user) {
		tokens.revoke(BearerTokenFilter.tokenOf(authorization));
		audit.record(AuditEntry.of("user.logout", "user:" + user.username(), "success", null));
		return ResponseEntity.noContent().build();
	}

	/**
	 * Changes the caller's own password: the current one is checked (and counted like a
	 * login), the new one must pass the {@link PasswordPolicy}; every other session of
	 * the account ends, this one stays.
	 */
	@PostMapping("/password")
	@PreAuthorize("isAuthenticated()")
	ResponseEntity<?> changePassword(@Valid @RequestBody PasswordChange request,
			@RequestHeader("Authorization") String authorization, @AuthenticationPrincipal CurrentUser caller,
			HttpServletRequest http) {
		return passwordDesk
			.change(caller.id(), request.currentPassword(), request.newPassword(),
					BearerTokenFilter.tokenOf(authorization), clients.of(http))
			.<ResponseEntity<?>>map(this::refused)
			.orElseGet(() -> ResponseEntity.noContent().build());
	}

	@GetMapping("/me")
	@PreAuthorize("isAuthenticated()")
	UserProfile me(@AuthenticationPrincipal CurrentUser user) {
		return profile(user);
	}

	UserProfile profile(CurrentUser user) {
		String regionName = regions.find(user.jurisdiction().regionCode()).map(RegionSummary::name).orElse(null);
		return new UserProfile(user.username(), user.displayName(), user.roles().stream().sorted().toList(),
				user.jurisdiction().regionCode(), regionName, user.jurisdiction().departmentCode(),
				user.jurisdiction().hasDepartment() ? departments.find(user.jurisdiction().departmentCode())
					.map(DepartmentSummary::name)
					.orElse(null) : null,
				user.enterpriseUscc());
	}

	private ResponseEntity<ProblemDetail> refused(LoginRefused reason) {
		return switch (reason) {
			case LoginRefused.WrongCredentials wrong -> {
				ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
						"用户名或密码错误。Wrong username or password.");
				p.setTitle("Login failed");
				p.setType(URI.create("https://forewarn.org/problems/bad-credentials"));
				yield ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(p);
			}
			case LoginRefused.Throttled throttled -> {
				long seconds = throttled.retryAfter().toSeconds() + (throttled.retryAfter().toNanosPart() > 0 ? 1 : 0);
				long minutes = (seconds + 59) / 60;
				ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
						"登录失败次数过多,请 %d 分钟后再试;已登录的会话不受影响。Too many failed logins; try again in %d minutes. Sessions already open are not affected."
							.formatted(minutes, minutes));
				p.setTitle("Too many login attempts");
				p.setType(URI.create("https://forewarn.org/problems/login-throttled"));
				p.setProperty("retryAfterSeconds", seconds);
				yield ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
					.header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds))
					.body(p);
			}
			case LoginRefused.Disabled disabled -> {
				ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
						"账户已停用,请联系管理员。The account is disabled; ask an administrator.");
				p.setTitle("Account disabled");
				yield ResponseEntity.status(HttpStatus.FORBIDDEN).body(p);
			}
		};
	}

}
