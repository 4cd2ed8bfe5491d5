package org.forewarn.resource;

import java.util.List;
import java.util.UUID;

import org.forewarn.platform.CurrentUser;
import org.forewarn.platform.Refusal;
import org.forewarn.region.RegionSummary;
import org.forewarn.region.Regions;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Resources: types, lists by kind, one resource, create and edit (owner's side only),
 * nearest, map points.
 */
@RestController
@RequestMapping("/api/resources")
class ResourceController {

	private final ResourceDesk desk;

	private final Resources resources;

	private final NearestResources nearest;

	private final ResourceAccess access;

	private final Regions regions;

	ResourceController(ResourceDesk desk, Resources resources, NearestResources nearest, ResourceAccess access,
			Regions regions) {
		this.desk = desk;
		this.resources = resources;
		this.nearest = nearest;
		this.access = access;
		this.regions = regions;
	}

	/**
	 * A resource as lists show it, composed: its type, where it is and who owns it, how
	 * much of it is available, its contact (the phone masked) and whether the caller may
	 * change it.
	 */
	record ResourceView(UUID id, ResourceKind kind, String name, ResourceTypeName type, ResourceSite site,
			ResourceAvailability availability, ResourceContactView contact, ResourceEdit edit) {
	}

	/** The type code and its Chinese name. */
	record ResourceTypeName(String code, String name) {
	}

	/**
	 * Where it is (a supply: its warehouse) and who owns it: region (code, name) and
	 * department.
	 */
	record ResourceSite(UUID warehouseId, String regionCode, String regionName, String departmentCode, double latitude,
			double longitude) {
	}

	/**
	 * Status, stock in its unit, a shelter's capacity and occupancy, and what can be
	 * dispatched now.
	 */
	record ResourceAvailability(String status, int quantity, String unit, Integer capacity, Integer occupancy,
			int available) {
	}

	/** The phone masked, and the details with any phone number in them masked too. */
	record ResourceContactView(String maskedPhone, String details) {
	}

	/** The version to send back with an edit, and whether the caller may edit at all. */
	record ResourceEdit(int version, boolean manageable) {
	}

	record ResourcePage(List<ResourceView> content, long totalElements, int page, int size) {
	}

	@GetMapping("/types")
	@PreAuthorize(ResourceAccess.STAFF)
	List<Resources.ResourceType> types() {
		return List.copyOf(resources.types().values());
	}

	@GetMapping
	@PreAuthorize(ResourceAccess.STAFF)
	ResourcePage list(@RequestParam(required = false) ResourceKind kind, @RequestParam(required = false) String type,
			@RequestParam(required = false) String region, @RequestParam(required = false) String q,
			@RequestParam(required = false) Boolean available, @RequestParam(required = false) UUID warehouse,
			@RequestParam(defaultValue = "false") boolean all, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size, @AuthenticationPrincipal CurrentUser user) {
		if (page < 0) {
			throw new ResourceProblem(Refusal.INVALID, "page", "page starts at 0.");
		}
		if (size < 1 || size > 500) {
			throw new ResourceProblem(Refusal.INVALID, "size", "size is 1 to 500.");
		}
		if (type != null && !resources.types().containsKey(type)) {
			throw new ResourceProblem(Refusal.INVALID, "type", "Unknown type code '" + type + "'.");
		}
		if (region != null && regions.find(region).isEmpty()) {
			throw new ResourceProblem(Refusal.INVALID, "region", "Unknown region '" + region + "'.");
		}
		// the whole city's pool is visible (mutual aid); by default a list shows the
		// caller's own area
		String scope = all ? null : access.scope(user);
		Resources.Page found = resources
			.search(new Resources.Search(scope, kind, type, region, q, available, warehouse), page, size);
		return new ResourcePage(found.content().stream().map(r -> view(r, user)).toList(), found.totalElements(), page,
				size);
	}

	@GetMapping("/{id}")
	@PreAuthorize(ResourceAccess.STAFF)
	ResourceView one(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
		return view(existing(id), user);
	}

	@GetMapping("/{id}/contact")
	@PreAuthorize("hasAnyRole('ADMIN', 'DUTY_OFFICER', 'COMMANDER')")
	ResourceDesk.ResourceContact contact(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
		return desk.contact(id, user);
	}

	@GetMapping("/nearest")
	@PreAuthorize(ResourceAccess.STAFF)
	List<NearbyResource> nearest(@RequestParam double lat, @RequestParam double lon,
			@RequestParam(required = false) String type, @RequestParam(defaultValue = "10") int limit) {
		return nearest.nearest(lat, lon, type, limit);
	}

	/**
	 * Compact points for the map: [id, kind, typeCode, lat, lon, available] of one kind
	 * (or all).
	 */
	@GetMapping("/map")
	@PreAuthorize(ResourceAccess.STAFF)
	List<Object[]> map(@RequestParam(required = false) ResourceKind kind,
			@RequestParam(required = false) String region) {
		return resources.points(kind, region);
	}

	@PostMapping
	@PreAuthorize(ResourceAccess.MANAGERS)
	ResponseEntity<ResourceView> create(@RequestBody ResourceDesk.ResourceDraft draft,
			@AuthenticationPrincipal CurrentUser user) {
		return ResponseEntity.status(HttpStatus.CREATED).body(view(desk.create(draft, user), user));
	}

	@PutMapping("/{id}")
	@PreAuthorize(ResourceAccess.MANAGERS)
	ResourceView change(@PathVariable UUID id, @RequestBody ResourceDesk.ResourceChange change,
			@AuthenticationPrincipal CurrentUser user) {
		return view(desk.change(id, change, user), user);
	}

	private Resource existing(UUID id) {
		return desk.existing(id);
	}

	ResourceView view(Resource r, CurrentUser user) {
		Resources.ResourceType type = resources.types().get(r.typeCode());
		return new ResourceView(r.id(), r.kind(), r.name(),
				new ResourceTypeName(r.typeCode(), type == null ? r.typeCode() : type.nameZh()),
				new ResourceSite(r.warehouseId(), r.regionCode(),
						regions.find(r.regionCode()).map(RegionSummary::name).orElse(r.regionCode()),
						r.departmentCode(), r.latitude(), r.longitude()),
				new ResourceAvailability(r.status(), r.quantity(), r.unit(), r.capacity(), r.occupancy(),
						r.available()),
				new ResourceContactView(r.maskedPhone(), r.maskedDetails()),
				new ResourceEdit(r.version(), access.manages(user, r)));
	}

}
