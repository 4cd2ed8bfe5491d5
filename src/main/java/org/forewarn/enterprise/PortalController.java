package org.forewarn.enterprise;

import org.forewarn.platform.Refusal;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.forewarn.audit.AuditEntry;
import org.forewarn.audit.AuditTrail;
import org.forewarn.platform.Attachments;
import org.forewarn.platform.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The enterprise portal: an enterprise user sees its own enterprise only (its USCC is bound to the account), its
 * reminders, its disposal orders, and answers rectification requests with evidence. Hazards are self-reported through
 * the hazard loop's {@code POST /api/hazards}, which takes the bound USCC.
 */
@RestController
class PortalController {

	static final int MAX_FILES = 5;
	/** The same cap as the other evidence and photo uploads (hazard photos, inspection photos). */
	static final long MAX_FILE_BYTES = 5L * 1024 * 1024;

	/** What an enterprise may send as rectification evidence, judged from the content. */
	static final Set<String> EVIDENCE_TYPES = Set.of(Attachments.JPEG, Attachments.PNG, Attachments.PDF);

	record Answer(UUID id, String orderCode, String note, List<Map<String, Object>> evidence, String answeredBy,
			Instant answeredAt) {
	}

	record Portal(EnterpriseController.EnterpriseView enterprise, int riskScore, String riskLevel,
			List<RiskModel.Factor> riskFactors, List<Profiles.Reminder> reminders, List<Profiles.FactView> orders,
			List<Answer> answers, String publicPath) {
	}

	private final EnterpriseController registry;
	private final EnterpriseRegistry enterprises;
	private final Profiles profiles;
	private final Facts facts;
	private final FactIntake intake;
	private final JdbcClient jdbc;
	private final tools.jackson.databind.json.JsonMapper json;
	private final AuditTrail audit;
	private final Clock clock;

	PortalController(EnterpriseController registry, EnterpriseRegistry enterprises, Profiles profiles, Facts facts,
			FactIntake intake, JdbcClient jdbc, tools.jackson.databind.json.JsonMapper json, AuditTrail audit,
			Clock clock) {
		this.registry = registry;
		this.enterprises = enterprises;
		this.profiles = profiles;
		this.facts = facts;
		this.intake = intake;
		this.jdbc = jdbc;
		this.json = json;
		this.audit = audit;
		this.clock = clock;
	}

	@GetMapping("/api/enterprises/portal")
	@PreAuthorize("hasRole('ENTERPRISE')")
	Portal portal(@AuthenticationPrincipal CurrentUser user) {
		Enterprise e = own(user);
		Instant now = clock.instant();
		List<Profiles.FactView> orders = facts.of(e.code(), java.util.EnumSet.of(LinkedKind.HAZARD), 100).stream()
			.map(f -> Profiles.view(f, now))
			.sorted(java.util.Comparator.comparing((Profiles.FactView f) -> !f.open()))
			.toList();
		return new Portal(registry.view(e, false), e.riskScore(), e.riskLevel(), enterprises.riskFactors(e.code()),
				profiles.reminders(e, now), orders, answers(e.code()), "/public/enterprises/" + e.publicCode());
	}

	/** Answers a rectification request (one of the enterprise's disposal orders) with a note and evidence files. */
	@PostMapping(path = "/api/enterprises/portal/orders/{code}/answers", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasRole('ENTERPRISE')")
	@Transactional
	ResponseEntity<Answer> answer(@AuthenticationPrincipal CurrentUser user, @PathVariable String code,
			@RequestParam(value = "note", required = false) String note,
			@RequestPart(value = "evidence", required = false) List<MultipartFile> evidence) throws IOException {
		Enterprise e = own(user);
		Facts.Fact order = jdbc.sql("select " + Facts.COLUMNS
				+ " from enterprise_fact where kind = 'HAZARD' and reference = :r and uscc = :u")
			.param("r", code).param("u", e.code()).query(Facts::map).optional()
			.orElseThrow(() -> new EnterpriseRejected(Refusal.NOT_FOUND, "code",
					"贵单位没有编号为 %s 的处置单。Your enterprise has no order %s.".formatted(code, code)));
		// blank, or only invisible characters (zero-width spaces, punctuation): an answer that says nothing
		if (note == null || note.codePoints().noneMatch(Character::isLetterOrDigit) || note.length() > 2000) {
			throw new EnterpriseRejected(Refusal.INVALID, "note",
					"请填写整改情况说明（最多 2000 字）。Describe the rectification (at most 2000 characters).");
		}
		List<MultipartFile> files = evidence == null ? List.of() : evidence;
		for (MultipartFile file : files) {
			if (file.isEmpty()) {
				throw new EnterpriseRejected(Refusal.INVALID, "evidence",
						"证据文件“%s”是空的。Evidence file '%s' is empty.".formatted(shown(file), shown(file)));
			}
		}
		if (files.size() > MAX_FILES) {
			throw new EnterpriseRejected(Refusal.INVALID, "evidence", "最多 5 个证据文件。At most 5 evidence files.");
		}
		UUID id = UUID.randomUUID();
		Instant now = clock.instant();
		List<Map<String, Object>> described = new ArrayList<>();
		List<Object[]> stored = new ArrayList<>();
		for (MultipartFile file : files) {
			if (file.getSize() > MAX_FILE_BYTES) {
				throw new EnterpriseRejected(Refusal.TOO_LARGE, "evidence",
						"每个文件最大 5 MB，“%s”有 %.1f MB。At most 5 MB per file; '%s' has %.1f MB.".formatted(shown(file),
								file.getSize() / 1048576.0, shown(file), file.getSize() / 1048576.0));
			}
			byte[] bytes = file.getBytes();
			String type = Attachments.sniff(bytes);
			if (type == null || !EVIDENCE_TYPES.contains(type)) {
				throw new EnterpriseRejected(Refusal.UNSUPPORTED_TYPE, "evidence",
						"证据须为 JPEG、PNG 或 PDF 文件。Evidence must be JPEG, PNG or PDF.");
			}
			String sha = Attachments.sha256(bytes);
			String name = file.getOriginalFilename() == null ? "evidence" : file.getOriginalFilename();
			described.add(Map.of("name", name, "contentType", type, "size", bytes.length, "sha256", sha));
			stored.add(new Object[] { UUID.randomUUID(), name, type, sha, bytes });
		}
		jdbc.sql("""
				insert into enterprise_rectification_answer (id, uscc, order_code, note, evidence, answered_by, answered_at)
				values (:id, :u, :code, :note, cast(:evidence as jsonb), :by, :at)""")
			.param("id", id).param("u", e.code()).param("code", order.reference()).param("note", note.strip())
			.param("evidence", json.writeValueAsString(described)).param("by", user.username())
			.param("at", Timestamp.from(now)).update();
		for (Object[] f : stored) {
			jdbc.sql("""
					insert into enterprise_evidence_file (id, answer_id, name, content_type, sha256, content)
					values (:id, :answer, :name, :type, :sha, :content)""")
				.param("id", f[0]).param("answer", id).param("name", f[1]).param("type", f[2]).param("sha", f[3])
				.param("content", f[4]).update();
		}
		intake.link(new Facts.Fact(LinkedKind.RECTIFICATION_ANSWER, id.toString(), e.code(),
				"整改回复 " + order.reference() + "（" + files.size() + " 个证据文件）", "SUBMITTED", false, 0, now, null,
				order.link(), null));
		audit.record(AuditEntry.of("enterprise.rectification-answer", "enterprise:" + e.code(), "success",
				order.reference() + ", " + files.size() + " files"));
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(new Answer(id, order.reference(), note.strip(), described, user.username(), now));
	}

	private static String shown(MultipartFile file) {
		String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "evidence"
				: file.getOriginalFilename();
		return name.length() > 60 ? name.substring(0, 60) + "…" : name;
	}

	Enterprise own(CurrentUser user) {
		if (user.enterpriseUscc() == null) {
			throw new org.springframework.security.access.AccessDeniedException(
					"this account is bound to no enterprise");
		}
		return enterprises.byUscc(user.enterpriseUscc()).orElseThrow(() -> new UnknownEnterprise(user.enterpriseUscc()));
	}

	List<Answer> answers(String uscc) {
		return jdbc.sql("""
				select id, order_code, note, evidence::text, answered_by, answered_at
				from enterprise_rectification_answer where uscc = :u order by answered_at desc limit 50""")
			.param("u", uscc)
			.query((rs, n) -> new Answer(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
					json.readValue(rs.getString(4), new tools.jackson.core.type.TypeReference<List<Map<String, Object>>>() {
					}), rs.getString(5), rs.getTimestamp(6).toInstant()))
			.list();
	}
}
