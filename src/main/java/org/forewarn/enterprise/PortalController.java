package org.forewarn.enterprise;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.forewarn.platform.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The enterprise portal: an enterprise user sees its own enterprise only (its USCC is
 * bound to the account), its reminders, its disposal orders, and answers rectification
 * requests with evidence. Hazards are self-reported through the hazard loop's
 * {@code POST /api/hazards}, which takes the bound USCC.
 */
@RestController
class PortalController {

	/**
	 * The enterprise's risk as its own portal shows it: score, level and what makes it
	 * up.
	 */
	record PortalRisk(int score, String level, List<RiskModel.Factor> factors) {
	}

	record Portal(EnterpriseController.EnterpriseView enterprise, PortalRisk risk, List<Profiles.Reminder> reminders,
			List<Profiles.FactView> orders, List<RectificationAnswers.RectificationAnswer> answers, String publicPath) {
	}

	private final EnterpriseController registry;

	private final RegisteredEnterprises enterprises;

	private final Profiles profiles;

	private final Facts facts;

	private final RectificationDesk desk;

	private final RectificationAnswers answers;

	private final Clock clock;

	PortalController(EnterpriseController registry, RegisteredEnterprises enterprises, Profiles profiles, Facts facts,
			RectificationDesk desk, RectificationAnswers answers, Clock clock) {
		this.registry = registry;
		this.enterprises = enterprises;
		this.profiles = profiles;
		this.facts = facts;
		this.desk = desk;
		this.answers = answers;
		this.clock = clock;
	}

	@GetMapping("/api/enterprises/portal")
	@PreAuthorize("hasRole('ENTERPRISE')")
	Portal portal(@AuthenticationPrincipal CurrentUser user) {
		Enterprise e = own(user);
		Instant now = clock.instant();
		List<Profiles.FactView> orders = facts.of(e.code(), java.util.EnumSet.of(LinkedKind.HAZARD), 100)
			.stream()
			.map(f -> Profiles.view(f, now))
			.sorted(java.util.Comparator.comparing((Profiles.FactView f) -> !f.open()))
			.toList();
		return new Portal(registry.view(e, false),
				new PortalRisk(e.riskScore(), e.riskLevel(), enterprises.riskFactors(e.code())),
				profiles.reminders(e, now), orders, answers.of(e.code(), 50), "/public/enterprises/" + e.publicCode());
	}

	/**
	 * Answers a rectification request (one of the enterprise's disposal orders) with a
	 * note and evidence files.
	 */
	@PostMapping(path = "/api/enterprises/portal/orders/{code}/answers", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasRole('ENTERPRISE')")
	ResponseEntity<RectificationAnswers.RectificationAnswer> answer(@AuthenticationPrincipal CurrentUser user,
			@PathVariable String code, @RequestParam(value = "note", required = false) String note,
			@RequestPart(value = "evidence", required = false) List<MultipartFile> evidence) throws IOException {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(desk.answer(own(user), code, note, evidence, user.username()));
	}

	Enterprise own(CurrentUser user) {
		if (user.enterpriseUscc() == null) {
			throw new org.springframework.security.access.AccessDeniedException(
					"this account is bound to no enterprise");
		}
		return enterprises.byUscc(user.enterpriseUscc())
			.orElseThrow(() -> new UnknownEnterprise(user.enterpriseUscc()));
	}

}
