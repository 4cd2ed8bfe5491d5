package org.forewarn.identity;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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

import org.springframework.beans.factory.annotation.Value;
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

	private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ZoneId.of("Asia/Shanghai"));

	private final Authenticator authenticator;
	private final Tokens tokens;
	private final Regions regions;
	private final AuditTrail audit;
	private final Departments departments;
	private final int maxFailures;

	AuthController(Authenticator authenticator, Tokens tokens, Regions regions, AuditTrail audit,
			Departments departments, @Value("${forewarn.security.max-failed-logins:5}") int maxFailures) {
		this.departments = departments;
		this.maxFailures = maxFailures;
		this.authenticator = authenticator;
		this.tokens = tokens;
		this.regions = regions;
		this.audit = audit;
	}

	record LoginRequest(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 128) String password) {
	}

	record Profile(String username, String displayName, List<Role> roles, String regionCode, String regionName,
			String departmentCode, String departmentName, String enterpriseUscc) {
	}

	record LoginResponse(String token, Instant expiresAt, Profile user) {
	}

	/** Public: the one endpoint that hands out tokens. */
	@PostMapping("/login")
	@PreAuthorize("permitAll()")
	ResponseEntity<?> login(@Valid @RequestBody LoginRequest request, HttpServletRequest http) {
		Authenticator.Outcome outcome = authenticator.login(request.username(), request.password(), http.getRemoteAddr());
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

	@GetMapping("/me")
	@PreAuthorize("isAuthenticated()")
	Profile me(@AuthenticationPrincipal CurrentUser user) {
		return profile(user);
	}

	Profile profile(CurrentUser user) {
		String regionName = regions.find(user.jurisdiction().regionCode()).map(RegionSummary::name).orElse(null);
		return new Profile(user.username(), user.displayName(), user.roles().stream().sorted().toList(),
				user.jurisdiction().regionCode(), regionName, user.jurisdiction().departmentCode(),
				user.jurisdiction().hasDepartment()
						? departments.find(user.jurisdiction().departmentCode()).map(DepartmentSummary::name).orElse(null)
						: null,
				user.enterpriseUscc());
	}

	private ResponseEntity<ProblemDetail> refused(LoginRefused reason) {
		ProblemDetail problem = switch (reason) {
			case LoginRefused.WrongCredentials wrong -> {
				ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
						"用户名或密码错误;连续 %d 次错误将锁定账户。Wrong username or password; %d consecutive failures lock the account."
							.formatted(maxFailures, maxFailures));
				p.setTitle("Login failed");
				p.setType(URI.create("https://forewarn.org/problems/bad-credentials"));
				yield p;
			}
			case LoginRefused.Locked locked -> {
				ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.LOCKED,
						"账户因多次密码错误已锁定,请于 %s 后重试或联系管理员解锁。The account is locked after repeated wrong passwords until %s (UTC+8); try again later or ask an administrator to unlock it."
							.formatted(LOCAL_TIME.format(locked.until()), LOCAL_TIME.format(locked.until())));
				p.setTitle("Account locked");
				p.setType(URI.create("https://forewarn.org/problems/account-locked"));
				p.setProperty("lockedUntil", locked.until());
				yield p;
			}
			case LoginRefused.Disabled disabled -> {
				ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
						"账户已停用。The account is disabled.");
				p.setTitle("Account disabled");
				yield p;
			}
		};
		return ResponseEntity.status(problem.getStatus()).body(problem);
	}
}
