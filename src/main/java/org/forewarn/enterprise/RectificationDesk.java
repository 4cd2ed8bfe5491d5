package org.forewarn.enterprise;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.forewarn.audit.AuditEntry;
import org.forewarn.audit.AuditTrail;
import org.forewarn.platform.Attachments;
import org.forewarn.platform.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Where an enterprise answers a rectification request 整改回复: checks the note and the
 * evidence files (type judged by the shared {@link Attachments} sniffing, hashed with
 * SHA-256), keeps them, links the answer to the enterprise's record and audits it, in one
 * transaction.
 */
@Service
class RectificationDesk {

	static final int MAX_FILES = 5;

	/**
	 * The same cap as the other evidence and photo uploads (hazard photos, inspection
	 * photos).
	 */
	static final long MAX_FILE_BYTES = 5L * 1024 * 1024;

	/** What an enterprise may send as rectification evidence, judged from the content. */
	static final Set<String> EVIDENCE_TYPES = Set.of(Attachments.JPEG, Attachments.PNG, Attachments.PDF);

	private final Facts facts;

	private final FactIntake intake;

	private final RectificationAnswers answers;

	private final AuditTrail audit;

	private final Clock clock;

	RectificationDesk(Facts facts, FactIntake intake, RectificationAnswers answers, AuditTrail audit, Clock clock) {
		this.facts = facts;
		this.intake = intake;
		this.answers = answers;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Answers one of the enterprise's own disposal orders with a note and up to five
	 * evidence files.
	 */
	@Transactional
	RectificationAnswers.RectificationAnswer answer(Enterprise e, String orderCode, String note,
			List<MultipartFile> evidence, String by) throws IOException {
		Facts.Fact order = facts.hazardOrder(e.code(), orderCode)
			.orElseThrow(() -> new EnterpriseRejected(Refusal.NOT_FOUND, "code",
					"贵单位没有编号为 %s 的处置单。Your enterprise has no order %s.".formatted(orderCode, orderCode)));
		// blank, or only invisible characters (zero-width spaces, punctuation): an answer
		// that says nothing
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
		List<RectificationAnswers.EvidenceContent> kept = new ArrayList<>();
		for (MultipartFile file : files) {
			kept.add(checked(file));
		}
		Instant now = clock.instant();
		var answer = new RectificationAnswers.RectificationAnswer(UUID.randomUUID(), order.reference(), note.strip(),
				kept.stream().map(RectificationAnswers.EvidenceContent::described).toList(), by, now);
		answers.insert(e.code(), answer, kept);
		intake.link(new Facts.Fact(LinkedKind.RECTIFICATION_ANSWER, answer.id().toString(), e.code(),
				"整改回复 " + order.reference() + "（" + files.size() + " 个证据文件）", "SUBMITTED", false, 0, now, null,
				order.link(), null));
		audit.record(AuditEntry.of("enterprise.rectification-answer", "enterprise:" + e.code(), "success",
				order.reference() + ", " + files.size() + " files"));
		return answer;
	}

	static RectificationAnswers.EvidenceContent checked(MultipartFile file) throws IOException {
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
		String name = file.getOriginalFilename() == null ? "evidence" : file.getOriginalFilename();
		return new RectificationAnswers.EvidenceContent(
				new RectificationAnswers.AnswerEvidence(name, type, bytes.length, Attachments.sha256(bytes)), bytes);
	}

	private static String shown(MultipartFile file) {
		String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "evidence"
				: file.getOriginalFilename();
		return name.length() > 60 ? name.substring(0, 60) + "…" : name;
	}

}
