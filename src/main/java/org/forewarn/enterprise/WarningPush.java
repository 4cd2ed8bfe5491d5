package org.forewarn.enterprise;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.forewarn.audit.AuditEntry;
import org.forewarn.audit.AuditTrail;
import org.forewarn.identity.Accounts;
import org.forewarn.warning.WarningCancelled;
import org.forewarn.warning.WarningExpired;
import org.forewarn.warning.WarningIssued;
import org.forewarn.warning.WarningSummary;
import org.forewarn.warning.WarningUpdated;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Warnings pushed by the enterprise code (一企一码): when a warning is issued or updated,
 * every enterprise whose site lies in an area the warning affects gets it on its profile
 * (a fact, open while the warning is in force) and its registered contacts — the persons
 * of the enterprise users bound to it — are to get it: one {@link WarningPushRequested}
 * per enterprise and revision, which the notification module delivers.
 */
@Component
class WarningPush {

	private final JdbcClient jdbc;

	private final Accounts accounts;

	private final ApplicationEventPublisher events;

	private final AuditTrail audit;

	private final org.forewarn.region.Regions regions;

	WarningPush(JdbcClient jdbc, Accounts accounts, ApplicationEventPublisher events, AuditTrail audit,
			org.forewarn.region.Regions regions) {
		this.regions = regions;
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.events = events;
		this.audit = audit;
	}

	@ApplicationModuleListener
	void on(WarningIssued event) {
		push(event.warning(), event.issuedBy(), event.at());
	}

	@ApplicationModuleListener
	void on(WarningUpdated event) {
		push(event.warning(), event.updatedBy(), event.at());
	}

	@ApplicationModuleListener
	void on(WarningCancelled event) {
		close(event.id().value(), "CANCELLED", event.at());
	}

	@ApplicationModuleListener
	void on(WarningExpired event) {
		close(event.id().value(), "EXPIRED", event.at());
	}

	void push(WarningSummary w, String by, java.time.Instant at) {
		String[] areas = w.targetRegionCodes().toArray(String[]::new);
		String title = "%s%s预警：%s".formatted(w.eventName() == null ? "" : w.eventName(), w.colour().chinese(),
				w.headline() == null ? "" : w.headline());
		List<String> covered = jdbc.sql("""
				insert into enterprise_fact (kind, reference, uscc, title, status, open, severity, at, due_at, link,
				    detail, updated_at)
				select 'WARNING', :id || '/' || e.uscc, e.uscc, :title, 'IN_FORCE', true, 0, :at, :expires,
				       '/warnings/' || :id, jsonb_build_object('revision', :revision, 'colour', :colour), :at
				from enterprise e
				where e.district_code = any(:r) or e.street_code = any(:r) or e.community_code = any(:r)
				   or e.grid_code = any(:r) or :city = any(:r)
				on conflict (kind, reference) do update set title = excluded.title, status = excluded.status,
				    open = true, due_at = excluded.due_at, detail = excluded.detail, updated_at = excluded.updated_at
				returning uscc""")
			.param("id", w.id().value().toString())
			.param("title", title)
			.param("at", Timestamp.from(at))
			.param("expires", w.expiresAt() == null ? null : Timestamp.from(w.expiresAt()))
			.param("revision", w.revision())
			.param("colour", w.colour().name())
			.param("r", areas)
			.param("city", regions.city().code())
			.query(String.class)
			.list()
			.stream()
			.map(String::strip)
			.toList();
		Map<String, List<UUID>> contacts = accounts.personsActingFor(covered);
		int sent = 0;
		for (var entry : contacts.entrySet()) {
			if (!entry.getValue().isEmpty()) {
				events.publishEvent(new WarningPushRequested(entry.getKey(), w.id(), w.revision(), "【一企一码】" + title,
						text(w), entry.getValue(), w.ownerRegion(), by));
				sent++;
			}
		}
		audit.record(AuditEntry.by("system", w.ownerRegion(), "enterprise.warning-push", "warning:" + w.id(), "success",
				"%d enterprises covered, pushed to %d with registered contacts".formatted(covered.size(), sent)));
	}

	private static String text(WarningSummary w) {
		List<String> parts = new ArrayList<>();
		if (w.description() != null) {
			parts.add(w.description());
		}
		if (w.instruction() != null) {
			parts.add("防御指引：" + w.instruction());
		}
		parts.add("本预警覆盖贵单位所在地，请落实防范措施。");
		return String.join("\n", parts);
	}

	void close(UUID warning, String status, java.time.Instant at) {
		jdbc.sql("""
				update enterprise_fact set open = false, status = :s, updated_at = :at
				where kind = 'WARNING' and reference like :r and open""")
			.param("s", status)
			.param("at", Timestamp.from(at))
			.param("r", warning + "/%")
			.update();
	}

}
