package org.forewarn.monitoring;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Telemetry over HTTP for gateways and back-fill: {@code POST /api/telemetry} with
 * {@code [{"station":"RG-0001","ts":"2026-06-01T08:05:00+08:00","values":{"rainfall_5m":12.5}},
 * …]}. Answers 200 only once the accepted readings are committed, listing every refused
 * one with its reason; 422 when nothing was acceptable, 400 for a body that is not
 * telemetry JSON, 413 when too large, 503 (retry) when the queue is full.
 */
@RestController
@RequestMapping("/api/telemetry")
class TelemetryController {

	record Refused(int index, String station, String metric, String field, RejectionReason reason, String detail) {
	}

	record TelemetryReceipt(int received, int stored, int duplicates, List<Refused> rejected) {
	}

	record RejectionReport(Map<Rejections.Source, Map<RejectionReason, Long>> counts, List<Rejections.Recent> recent) {
	}

	private final Telemetry telemetry;

	private final TelemetryIngest ingest;

	private final Rejections rejections;

	TelemetryController(Telemetry telemetry, TelemetryIngest ingest, Rejections rejections) {
		this.telemetry = telemetry;
		this.ingest = ingest;
		this.rejections = rejections;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize(MonitoringAccess.SENDERS)
	ResponseEntity<?> receive(@RequestBody byte[] body) throws InterruptedException {
		if (body.length > Telemetry.MAX_BYTES) {
			rejections.record(Rejections.Source.HTTP, List.of(new Rejection(RejectionReason.TOO_LARGE, -1, null, null,
					"body", "body of " + body.length + " bytes")));
			return problem(HttpStatus.CONTENT_TOO_LARGE, "Too large", "body",
					"At most " + Telemetry.MAX_BYTES + " bytes per request; split the batch.");
		}
		TelemetryParser.Parsed parsed = telemetry.acceptHttp(body);
		List<Refused> refused = parsed.rejections()
			.stream()
			.map(r -> new Refused(r.index(), r.station(), r.metric(), r.field(), r.reason(), r.detail()))
			.toList();
		if (parsed.readings().isEmpty()) {
			if (!refused.isEmpty() && refused.get(0).reason() == RejectionReason.MALFORMED_JSON) {
				return problem(HttpStatus.BAD_REQUEST, "Malformed telemetry", "body", refused.get(0).detail());
			}
			if (!refused.isEmpty()) {
				ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
						"No reading in the batch was acceptable.");
				problem.setTitle("Unprocessable telemetry");
				problem.setType(URI.create("https://forewarn.org/problems/validation"));
				problem.setProperty("errors",
						refused.stream()
							.map(r -> Map.of("field", r.field(), "reason", r.reason().name(), "message", r.detail()))
							.toList());
				return ResponseEntity.unprocessableContent().body(problem);
			}
			return ResponseEntity.ok(new TelemetryReceipt(0, 0, 0, List.of()));
		}
		TelemetryIngest.Result result;
		try {
			result = ingest.submit(parsed.readings(), false).get(60, TimeUnit.SECONDS);
		}
		catch (TelemetryIngest.Overloaded ex) {
			telemetry.overloaded(Rejections.Source.HTTP, parsed.readings().size());
			throw ex;
		}
		catch (ExecutionException | TimeoutException ex) {
			// not committed: the sender must retry (storage is idempotent)
			throw new TelemetryIngest.Overloaded("The readings could not be stored now ("
					+ ex.getClass().getSimpleName() + "); retry, nothing is stored twice.");
		}
		return ResponseEntity
			.ok(new TelemetryReceipt(parsed.readings().size(), result.stored(), result.duplicates(), refused));
	}

	@GetMapping("/rejections")
	@PreAuthorize(MonitoringAccess.OPERATORS)
	RejectionReport rejections() {
		return new RejectionReport(rejections.counts(), rejections.recent());
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String field, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		problem.setType(URI.create("https://forewarn.org/problems/validation"));
		problem.setProperty("errors", List.of(Map.of("field", field, "message", detail)));
		return ResponseEntity.status(status).body(problem);
	}

}
