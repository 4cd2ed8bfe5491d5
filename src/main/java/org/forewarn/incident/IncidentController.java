package org.forewarn.incident;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.forewarn.incident.Incidents.ConsultationRow;
import org.forewarn.incident.Incidents.DecisionRow;
import org.forewarn.incident.Incidents.ReportRow;
import org.forewarn.incident.Incidents.TaskRow;
import org.forewarn.plan.PlanId;
import org.forewarn.plan.PlanMatch;
import org.forewarn.platform.CurrentUser;
import org.forewarn.platform.IncidentId;

import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Incidents, information reports, plan matches, activations, the command board and its
 * stream: {@code /api/incidents}.
 */
@RestController
@RequestMapping("/api/incidents")
class IncidentController {

	private final IncidentDesk desk;

	private final ResponseDesk response;

	private final CommandBoard board;

	private final BoardStream stream;

	private final IncidentAccess access;

	IncidentController(IncidentDesk desk, ResponseDesk response, CommandBoard board, BoardStream stream,
			IncidentAccess access) {
		this.desk = desk;
		this.response = response;
		this.board = board;
		this.stream = stream;
		this.access = access;
	}

	@GetMapping
	@PreAuthorize(IncidentAccess.READERS)
	List<IncidentDesk.IncidentView> list(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(defaultValue = "false") boolean includeClosed) {
		return desk.list(user, includeClosed);
	}

	@GetMapping("/types")
	@PreAuthorize(IncidentAccess.READERS)
	List<IncidentCatalogue.IncidentType> types() {
		return desk.types();
	}

	@PostMapping
	@PreAuthorize(IncidentAccess.COMMANDERS)
	ResponseEntity<IncidentDesk.IncidentView> create(@AuthenticationPrincipal CurrentUser user,
			@RequestBody IncidentDesk.NewIncident form) {
		var view = desk.create(user, form);
		return ResponseEntity.created(URI.create("/api/incidents/" + view.id())).body(view);
	}

	@GetMapping("/{id}")
	@PreAuthorize(IncidentAccess.READERS)
	IncidentDesk.IncidentView get(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		return desk.get(user, id);
	}

	/** Start (or resume) the response: 启动响应. */
	record ResponseStart(String reason) {
	}

	@PostMapping("/{id}/respond")
	@PreAuthorize(IncidentAccess.COMMANDERS)
	IncidentDesk.IncidentView respond(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestBody(required = false) ResponseStart body) {
		return desk.handle(user, new IncidentId(id), new IncidentCommand.Respond(body == null ? null : body.reason()));
	}

	/** Move into recovery 恢复重建. */
	record RecoveryStart(String reason) {
	}

	@PostMapping("/{id}/recover")
	@PreAuthorize(IncidentAccess.COMMANDERS)
	IncidentDesk.IncidentView recover(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestBody(required = false) RecoveryStart body) {
		return desk.handle(user, new IncidentId(id), new IncidentCommand.Recover(body == null ? null : body.reason()));
	}

	/** Close the incident 结束. */
	record IncidentClosing(String reason) {
	}

	@PostMapping("/{id}/close")
	@PreAuthorize(IncidentAccess.COMMANDERS)
	IncidentDesk.IncidentView close(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestBody(required = false) IncidentClosing body) {
		return desk.handle(user, new IncidentId(id), new IncidentCommand.Close(body == null ? null : body.reason()));
	}

	/** Re-grade the incident 定级调整: level I–IV and why. */
	record IncidentRegrading(@Schema(allowableValues = {
			"I", "II", "III", "IV" }) String level, String reason){
	}

	@PostMapping("/{id}/level")
	@PreAuthorize(IncidentAccess.COMMANDERS)
	IncidentDesk.IncidentView level(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestBody IncidentRegrading body) {
		return desk.handle(user, new IncidentId(id),
				new IncidentCommand.ChangeLevel(IncidentDesk.level(body.level()), body.reason()));
	}

	@GetMapping("/{id}/reports")
	@PreAuthorize(IncidentAccess.READERS)
	List<ReportRow> reports(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		return desk.reports(user, id);
	}

	@PostMapping("/{id}/reports")
	@PreAuthorize(IncidentAccess.COMMANDERS)
	@ResponseStatus(HttpStatus.CREATED)
	ReportRow report(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestBody IncidentDesk.NewReport form) {
		return desk.report(user, id, form);
	}

	@GetMapping("/{id}/plan-matches")
	@PreAuthorize(IncidentAccess.READERS)
	List<PlanMatch> matches(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		return desk.matches(user, id);
	}

	@PostMapping("/{id}/activations/preview")
	@PreAuthorize(IncidentAccess.COMMANDERS)
	ResponseDesk.ActivationPreview preview(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestBody ResponseDesk.ActivationForm form) {
		return response.preview(user, id, form);
	}

	@PostMapping("/{id}/activations")
	@PreAuthorize(IncidentAccess.COMMANDERS)
	ResponseEntity<?> activate(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestBody ResponseDesk.ActivationForm form,
			@RequestHeader(name = "Idempotency-Key", required = false) String key,
			@RequestParam(defaultValue = "false") boolean preview) {
		if (preview) {
			return ResponseEntity.ok(response.preview(user, id, form));
		}
		ResponseDesk.Activated activated = response.activate(user, id, form, key);
		return ResponseEntity.status(activated.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
			.location(URI.create("/api/incidents/" + id + "/board"))
			.body(activated);
	}

	/**
	 * Raise or lower an activation's response level 响应级别调整 (tasks are added and cancelled
	 * to fit).
	 */
	record ResponseLevelChange(@Schema(allowableValues = {
			"I", "II", "III", "IV" }) String level, String reason){
	}

	@PostMapping("/{id}/activations/{number}/level")
	@PreAuthorize(IncidentAccess.COMMANDERS)
	Incidents.ActivationRow responseLevel(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@PathVariable int number, @RequestBody ResponseLevelChange body) {
		return response.changeLevel(user, id, number, IncidentDesk.level(body.level()), body.reason());
	}

	@GetMapping("/{id}/board")
	@PreAuthorize(IncidentAccess.READERS)
	CommandBoard.Board board(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		return board.board(user, id);
	}

	@GetMapping(path = "/{id}/board/stream", produces = "text/event-stream")
	@PreAuthorize(IncidentAccess.READERS)
	SseEmitter stream(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		access.visible(user, id);
		return stream.watch(id);
	}

	@PostMapping("/{id}/tasks/{taskId}/acknowledge")
	@PreAuthorize(IncidentAccess.READERS)
	TaskRow acknowledgeTask(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@PathVariable UUID taskId) {
		return response.moveTask(user, new IncidentId(id), taskId, new TaskCommand.Acknowledge());
	}

	@PostMapping("/{id}/tasks/{taskId}/start")
	@PreAuthorize(IncidentAccess.READERS)
	TaskRow startTask(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID taskId) {
		return response.moveTask(user, new IncidentId(id), taskId, new TaskCommand.Start());
	}

	@PostMapping("/{id}/tasks/{taskId}/done")
	@PreAuthorize(IncidentAccess.READERS)
	TaskRow finishTask(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID taskId) {
		return response.moveTask(user, new IncidentId(id), taskId, new TaskCommand.Finish());
	}

	/** Why a unit cannot go on with its task 受阻原因. */
	record TaskBlockage(String reason) {
	}

	@PostMapping("/{id}/tasks/{taskId}/block")
	@PreAuthorize(IncidentAccess.READERS)
	TaskRow blockTask(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID taskId,
			@RequestBody(required = false) TaskBlockage body) {
		return response.moveTask(user, new IncidentId(id), taskId,
				new TaskCommand.Block(body == null ? null : body.reason()));
	}

	@PostMapping("/{id}/consultations")
	@PreAuthorize(IncidentAccess.COMMANDERS)
	@ResponseStatus(HttpStatus.CREATED)
	ConsultationRow consult(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestBody IncidentDesk.NewConsultation form) {
		return desk.consult(user, id, form);
	}

	/** A decision of the command 指挥决策, recorded on the board. */
	record IncidentDecision(String decision) {
	}

	@PostMapping("/{id}/decisions")
	@PreAuthorize(IncidentAccess.COMMANDERS)
	@ResponseStatus(HttpStatus.CREATED)
	DecisionRow decide(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestBody IncidentDecision body) {
		return desk.decide(user, id, body.decision());
	}

	/**
	 * An after-action review 复盘 of the plan the incident ran on: which plan, and what to
	 * revise.
	 */
	record AfterActionReview(UUID planId, String reason) {
	}

	/** The plan revision the review opened. */
	record ReviewOpened(UUID planVersionId) {
	}

	@PostMapping("/{id}/reviews")
	@PreAuthorize(IncidentAccess.COMMANDERS)
	@ResponseStatus(HttpStatus.CREATED)
	ReviewOpened review(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestBody AfterActionReview body) {
		return new ReviewOpened(
				desk.review(user, id, body.planId() == null ? null : new PlanId(body.planId()), body.reason()));
	}

}
