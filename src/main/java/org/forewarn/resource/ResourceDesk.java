package org.forewarn.resource;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.forewarn.audit.AuditEntry;
import org.forewarn.audit.AuditTrail;
import org.forewarn.organisation.DepartmentSummary;
import org.forewarn.organisation.Departments;
import org.forewarn.platform.Coordinates;
import org.forewarn.platform.CurrentUser;
import org.forewarn.platform.OutsideJurisdiction;
import org.forewarn.platform.Refusal;
import org.forewarn.region.Placement;
import org.forewarn.region.RegionSummary;
import org.forewarn.region.Regions;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Where the owner's side keeps its resources: enters and edits them (within its
 * jurisdiction, with optimistic locking) and reads a full contact number; each in one
 * transaction, audited.
 */
@Service
class ResourceDesk {

	private final Resources resources;

	private final NearestIndex index;

	private final ResourceAccess access;

	private final Regions regions;

	private final Departments departments;

	private final AuditTrail audit;

	private final Clock clock;

	ResourceDesk(Resources resources, NearestIndex index, ResourceAccess access, Regions regions,
			Departments departments, AuditTrail audit, Clock clock) {
		this.resources = resources;
		this.index = index;
		this.access = access;
		this.regions = regions;
		this.departments = departments;
		this.audit = audit;
		this.clock = clock;
	}

	/** The full contact number of a resource, an audited read. */
	record ResourceContact(UUID id, String name, String phone) {
	}

	/**
	 * The full contact number of an expert or team, for duty staff of the owner's side,
	 * or of the side that has it dispatched now (they need to reach the team they were
	 * sent); every read is audited.
	 */
	@Transactional
	ResourceContact contact(UUID id, CurrentUser user) {
		Resource r = existing(id);
		access.requireReachesContact(user, r);
		if (r.phone() == null) {
			throw new ResourceProblem(Refusal.NOT_FOUND, null, r.name() + " has no contact number.");
		}
		audit.record(AuditEntry.by(user.username(), user.jurisdiction().regionCode(), "resource.contact-read",
				"resource:" + id, "success", r.name()));
		return new ResourceContact(id, r.name(), r.phone());
	}

	/** A new resource as its owner's side enters it. */
	record ResourceDraft(ResourceKind kind, String typeCode, String name, UUID warehouseId, Double latitude,
			Double longitude, String regionCode, String departmentCode, Integer quantity, Integer capacity,
			Integer occupancy, String phone, String details) {
	}

	/**
	 * Enters a resource (the owner's side only), audited; the nearest-resource index
	 * learns of it after commit.
	 */
	@Transactional
	Resource create(ResourceDraft draft, CurrentUser user) {
		if (draft.typeCode() == null || !resources.types().containsKey(draft.typeCode())) {
			throw new ResourceProblem(Refusal.INVALID, "typeCode", "Give a type code from GET /api/resources/types.");
		}
		Resources.ResourceType type = resources.types().get(draft.typeCode());
		if (draft.kind() != null && draft.kind() != type.kind()) {
			throw new ResourceProblem(Refusal.INVALID, "kind", "Type " + type.code() + " is a " + type.kind() + ".");
		}
		String name = text(draft.name(), "name", 200, true);
		double lat;
		double lon;
		String regionCode;
		Resource warehouse = null;
		if (type.kind() == ResourceKind.SUPPLY) {
			if (draft.warehouseId() == null) {
				throw new ResourceProblem(Refusal.INVALID, "warehouseId", "A supply is stocked in a warehouse.");
			}
			warehouse = resources.find(draft.warehouseId())
				.filter(w -> w.kind() == ResourceKind.WAREHOUSE)
				.orElseThrow(() -> new ResourceProblem(Refusal.UNPROCESSABLE, "warehouseId",
						"No warehouse " + draft.warehouseId() + "."));
			lat = warehouse.latitude();
			lon = warehouse.longitude();
			regionCode = warehouse.regionCode();
		}
		else {
			Coordinates.require(draft.latitude(), "latitude", draft.longitude(), "longitude");
			lat = draft.latitude();
			lon = draft.longitude();
			// a resource outside the city is no use to it, whatever region code came with
			// it
			Placement placement = regions.locate(lat, lon)
				.orElseThrow(() -> new ResourceProblem(Refusal.UNPROCESSABLE, "latitude",
						"The point (" + lat + ", " + lon + ") lies outside " + regions.city().name() + "."));
			String given = text(draft.regionCode(), "regionCode", 20, false);
			if (given != null && regions.find(given).isPresent() && !regions.isWithin(placement.street().code(), given)
					&& !regions.isWithin(given, placement.street().code())) {
				throw new ResourceProblem(Refusal.UNPROCESSABLE, "regionCode", "Region " + given
						+ " does not contain the point, which lies in " + placement.street().name() + ".");
			}
			regionCode = given != null ? given : placement.street().code();
		}
		String[] path = regions.ancestry(regionCode).stream().map(RegionSummary::code).toArray(String[]::new);
		if (path.length == 0) {
			throw new ResourceProblem(Refusal.INVALID, "regionCode", "Unknown region '" + regionCode + "'.");
		}
		String department = draft.departmentCode() != null ? department(draft.departmentCode(), regionCode)
				: warehouse != null ? warehouse.departmentCode() : user.jurisdiction().departmentCode();
		if (!access.manages(user, regionCode, department)) {
			throw new OutsideJurisdiction("region " + regionCode);
		}
		int quantity = number(draft.quantity(), "quantity",
				type.kind() == ResourceKind.EXPERT || type.kind() == ResourceKind.VEHICLE ? 1 : 0);
		Integer capacity = type.kind() == ResourceKind.SHELTER ? number(draft.capacity(), "capacity", 0) : null;
		Integer occupancy = type.kind() == ResourceKind.SHELTER ? number(draft.occupancy(), "occupancy", 0) : null;
		if (capacity != null && occupancy > capacity) {
			throw new ResourceProblem(Refusal.INVALID, "occupancy",
					"Occupancy cannot exceed capacity " + capacity + ".");
		}
		String phone = phone(draft.phone());
		Resource r = new Resource(UUID.randomUUID(), type.kind(), type.code(), name,
				warehouse == null ? null : warehouse.id(), regionCode, department, lat, lon, quantity, type.unit(),
				capacity, occupancy, "AVAILABLE", phone, text(draft.details(), "details", 2000, false), 0);
		resources.insert(r, path, clock.instant());
		audit.record(AuditEntry.by(user.username(), user.jurisdiction().regionCode(), "resource.create",
				"resource:" + r.id(), "success", type.code() + " " + name));
		afterCommit(index::invalidate);
		return r;
	}

	/**
	 * An edit of a resource; null fields stay as they are, {@code version} is the one
	 * edited (optimistic locking).
	 */
	record ResourceChange(String name, Integer quantity, Integer capacity, Integer occupancy, String status,
			String phone, String details, Integer version) {
	}

	/**
	 * Edits a resource (the owner's side only), audited; refused when someone else
	 * changed it first.
	 */
	@Transactional
	Resource change(UUID id, ResourceChange change, CurrentUser user) {
		Resource r = existing(id);
		access.requireManages(user, r);
		if (change.version() == null) {
			throw new ResourceProblem(Refusal.INVALID, "version", "Send the version you edited (optimistic locking).");
		}
		if (change.status() != null && !List.of("AVAILABLE", "OUT_OF_SERVICE", "BUSY").contains(change.status())) {
			throw new ResourceProblem(Refusal.INVALID, "status", "status is AVAILABLE or OUT_OF_SERVICE.");
		}
		if (change.status() != null && !change.status().equals(r.status())
				&& ("BUSY".equals(r.status()) || "BUSY".equals(change.status()))) {
			throw new IllegalDispatchMove("A busy resource becomes available again by returning its dispatch.");
		}
		Integer capacity = change.capacity() != null ? Integer.valueOf(number(change.capacity(), "capacity", 0))
				: r.capacity();
		Integer occupancy = change.occupancy() != null ? Integer.valueOf(number(change.occupancy(), "occupancy", 0))
				: r.occupancy();
		if (r.kind() == ResourceKind.SHELTER && occupancy > capacity) {
			throw new ResourceProblem(Refusal.INVALID, "occupancy",
					"Occupancy cannot exceed capacity " + capacity + ".");
		}
		Resource changed = new Resource(r.id(), r.kind(), r.typeCode(),
				change.name() == null ? r.name() : text(change.name(), "name", 200, true), r.warehouseId(),
				r.regionCode(), r.departmentCode(), r.latitude(), r.longitude(),
				change.quantity() == null ? r.quantity() : number(change.quantity(), "quantity", 0), r.unit(),
				r.kind() == ResourceKind.SHELTER ? capacity : r.capacity(),
				r.kind() == ResourceKind.SHELTER ? occupancy : r.occupancy(),
				change.status() == null ? r.status() : change.status(),
				change.phone() == null ? r.phone() : phone(change.phone()),
				change.details() == null ? r.details() : text(change.details(), "details", 2000, false),
				change.version());
		if (!resources.update(changed, clock.instant())) {
			throw new IllegalDispatchMove("The resource was changed by someone else (or by a dispatch) in the meantime;"
					+ " reload and try again.");
		}
		audit.record(AuditEntry.by(user.username(), user.jurisdiction().regionCode(), "resource.change",
				"resource:" + id, "success", "quantity " + r.quantity() + "→" + changed.quantity() + ", status "
						+ r.status() + "→" + changed.status()));
		return resources.find(id).orElseThrow();
	}

	Resource existing(UUID id) {
		return resources.find(id)
			.orElseThrow(() -> new ResourceProblem(Refusal.NOT_FOUND, null, "No resource " + id + "."));
	}

	private static String text(String value, String field, int max, boolean required) {
		if (value == null || value.isBlank()) {
			if (required) {
				throw new ResourceProblem(Refusal.INVALID, field, field + " is required.");
			}
			return null;
		}
		if (value.length() > max) {
			throw new ResourceProblem(Refusal.INVALID, field, "At most " + max + " characters.");
		}
		return value.strip();
	}

	/**
	 * A department of the organisation chart whose area the resource lies in (a city
	 * bureau may own any).
	 */
	private String department(String code, String regionCode) {
		String given = text(code, "departmentCode", 40, false);
		DepartmentSummary found = given == null ? null : departments.find(given).orElse(null);
		if (found == null) {
			throw new ResourceProblem(Refusal.UNPROCESSABLE, "departmentCode",
					"Unknown department '" + clip(code) + "'; give a department code such as 440304-YJ.");
		}
		if (!regions.isWithin(regionCode, found.regionCode())) {
			throw new ResourceProblem(Refusal.UNPROCESSABLE, "departmentCode",
					found.name() + " does not work in region " + regionCode + ".");
		}
		return found.code();
	}

	/**
	 * Enough of a refused value to recognise it, never a whole 100k-character payload.
	 */
	private static String clip(String value) {
		return value.length() > 40 ? value.substring(0, 40) + "…" : value;
	}

	private static int number(Integer value, String field, int fallback) {
		if (value == null) {
			return fallback;
		}
		if (value < 0 || value > 10_000_000) {
			throw new ResourceProblem(Refusal.INVALID, field,
					field + " is 0 to 10,000,000; stock never goes negative.");
		}
		return value;
	}

	private static String phone(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String digits = value.replaceAll("[\\s-]", "");
		if (!digits.matches("\\+?[0-9]{5,15}")) {
			throw new ResourceProblem(Refusal.INVALID, "phone", "A phone number has 5 to 15 digits.");
		}
		return digits;
	}

	private static void afterCommit(Runnable action) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					action.run();
				}
			});
		}
		else {
			action.run();
		}
	}

}
