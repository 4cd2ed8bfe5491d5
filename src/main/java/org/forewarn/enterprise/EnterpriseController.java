package org.forewarn.enterprise;

import org.forewarn.platform.Refusal;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.forewarn.platform.CurrentUser;
import org.forewarn.region.RegionSummary;
import org.forewarn.region.Regions;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The registry: register, search, read and export enterprises within the caller's
 * jurisdiction.
 */
@RestController
@RequestMapping("/api/enterprises")
class EnterpriseController {

	static final String STAFF = "hasAnyRole('ADMIN', 'DUTY_OFFICER', 'ANALYST', 'COMMANDER', 'HANDLER', 'GRID_WORKER', 'INSPECTOR')";
	static final String REGISTRARS = "hasAnyRole('ADMIN', 'DUTY_OFFICER', 'HANDLER', 'INSPECTOR')";
	static final String READERS = "hasAnyRole('ADMIN', 'DUTY_OFFICER', 'ANALYST', 'COMMANDER', 'HANDLER', 'GRID_WORKER', 'INSPECTOR', 'ENTERPRISE')";

	record NewEnterprise(String uscc, String name, String industryCode, String address, Double lat, Double lon,
			String scale, List<String> keyCategories, List<Enterprise.EnterpriseContact> contacts) {
	}

	/** An enterprise as lists and the registry page show it, composed of its parts. */
	record EnterpriseView(String uscc, String name, EnterpriseBusiness business, EnterpriseSite site,
			List<String> regulatorCodes, List<Enterprise.EnterpriseContact> contacts, RiskRating risk) {
	}

	/**
	 * What the enterprise does and how big it is: industry (GB/T 4754), scale, key
	 * supervision categories.
	 */
	record EnterpriseBusiness(String industryCode, String industryName, String scale, List<String> keyCategories) {
	}

	/** Where the enterprise is, and so whose territory it is in. */
	record EnterpriseSite(String address, Double lat, Double lon, String districtCode, String districtName,
			String streetCode, String streetName, String gridCode) {
	}

	/** The current risk score and its colour level. */
	record RiskRating(int score, String level) {
	}

	record EnterprisePage(List<EnterpriseView> items, long total, int page, int size) {
	}

	private final Registration registration;

	private final RegisteredEnterprises registry;

	private final Territory territory;

	private final Industries industries;

	private final Regions regions;

	EnterpriseController(Registration registration, RegisteredEnterprises registry, Territory territory,
			Industries industries, Regions regions) {
		this.registration = registration;
		this.registry = registry;
		this.territory = territory;
		this.industries = industries;
		this.regions = regions;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize(REGISTRARS)
	ResponseEntity<EnterpriseView> register(@AuthenticationPrincipal CurrentUser user,
			@RequestBody NewEnterprise body) {
		Enterprise e = registration.register(user, new Registration.Draft(body.uscc(), body.name(), body.industryCode(),
				body.address(), body.lat(), body.lon(), body.scale(), body.keyCategories(), body.contacts()));
		return ResponseEntity.status(HttpStatus.CREATED).body(view(e, false));
	}

	@GetMapping
	@PreAuthorize(READERS)
	EnterprisePage search(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String q,
			@RequestParam(required = false) String industry, @RequestParam(required = false) String region,
			@RequestParam(required = false) String risk, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		if (page < 0 || page > 100_000) {
			throw new EnterpriseRejected(Refusal.INVALID, "page", "page is between 0 and 100000.");
		}
		if (size < 1 || size > 200) {
			throw new EnterpriseRejected(Refusal.INVALID, "size", "size is between 1 and 200.");
		}
		if (risk != null && !risk.isBlank()
				&& !risk.toUpperCase().matches("(RED|ORANGE|YELLOW|BLUE)(,(RED|ORANGE|YELLOW|BLUE))*")) {
			throw new EnterpriseRejected(Refusal.INVALID, "risk",
					"risk is RED, ORANGE, YELLOW or BLUE (comma-separated).");
		}
		var result = registry.search(territory.scopeOf(user),
				new RegisteredEnterprises.Criteria(q, industry, region, risk), page, size);
		return new EnterprisePage(result.items().stream().map(e -> view(e, true)).toList(), result.total(), page, size);
	}

	/** The risk map as GeoJSON (RFC 7946): one point feature per enterprise site. */
	record RiskMap(String type, List<RiskMapFeature> features) {
	}

	record RiskMapFeature(String type, RiskMapPoint geometry, RiskMapSite properties) {
	}

	/** A GeoJSON point: longitude first. */
	record RiskMapPoint(String type, List<Double> coordinates) {
	}

	record RiskMapSite(String uscc, String name, String level, int score) {
	}

	/**
	 * Every visible enterprise with a site, for the risk map (clustered in the console).
	 */
	@GetMapping("/map")
	@PreAuthorize(STAFF)
	RiskMap map(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String risk) {
		return new RiskMap("FeatureCollection", registry.points(territory.scopeOf(user), risk)
			.stream()
			.map(p -> new RiskMapFeature("Feature", new RiskMapPoint("Point", List.of(p.longitude(), p.latitude())),
					new RiskMapSite(p.uscc(), p.name(), p.riskLevel(), p.riskScore())))
			.toList());
	}

	@GetMapping("/industries")
	@PreAuthorize(READERS)
	List<Industries.Industry> industries() {
		return industries.all();
	}

	/** A key supervision category 重点监管类别 with the risk points it adds. */
	record KeyCategoryOption(String code, String zh, String en, int points) {
	}

	@GetMapping("/key-categories")
	@PreAuthorize(READERS)
	List<KeyCategoryOption> keyCategories() {
		return java.util.Arrays.stream(KeyCategory.values())
			.map(k -> new KeyCategoryOption(k.name(), k.zh, k.en, k.points))
			.toList();
	}

	@GetMapping("/{uscc}")
	@PreAuthorize(READERS)
	EnterpriseView one(@AuthenticationPrincipal CurrentUser user, @PathVariable String uscc) {
		Enterprise e = visible(user, uscc);
		return view(e, false);
	}

	/**
	 * CSV of every enterprise the search finds (same parameters), contacts masked; UTF-8
	 * with BOM for Excel.
	 */
	@GetMapping(path = "/export", produces = "text/csv")
	@PreAuthorize(STAFF)
	void export(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String q,
			@RequestParam(required = false) String industry, @RequestParam(required = false) String region,
			@RequestParam(required = false) String risk, HttpServletResponse response) throws IOException {
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"enterprises.csv\"");
		Territory.Scope scope = territory.scopeOf(user);
		var criteria = new RegisteredEnterprises.Criteria(q, industry, region, risk);
		Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		out.write('\uFEFF');
		out.write(EnterpriseImport.HEADER + ",district_code,street_code,grid_code,risk_score,risk_level\n");
		for (int page = 0;; page++) {
			var result = registry.search(scope, criteria, page, 1000);
			for (Enterprise e : result.items()) {
				Enterprise.EnterpriseContact c = e.contacts().isEmpty() ? null : e.contacts().getFirst().masked();
				out.write(String.join(",", csv(e.code()), csv(e.name()), e.industryCode(), csv(e.address()),
						String.valueOf(e.latitude()), String.valueOf(e.longitude()), e.scale().name(),
						csv(String.join(";", e.keyCategories().stream().map(Enum::name).toList())),
						csv(c == null ? "" : c.name()), csv(c == null ? "" : c.role()), csv(c == null ? "" : c.phone()),
						nz(e.districtCode()), nz(e.streetCode()), nz(e.gridCode()), String.valueOf(e.riskScore()),
						e.riskLevel()));
				out.write('\n');
			}
			if (result.items().size() < 1000 || page > 1000) {
				break;
			}
		}
		out.flush();
	}

	Enterprise visible(CurrentUser user, String uscc) {
		Enterprise e = registry.byUscc(Uscc.normalise(uscc))
			.orElseThrow(() -> new UnknownEnterprise(Uscc.normalise(uscc)));
		territory.checkVisible(user, e);
		return e;
	}

	EnterpriseView view(Enterprise e, boolean masked) {
		return new EnterpriseView(e.code(), e.name(),
				new EnterpriseBusiness(e.industryCode(), industries.nameOf(e.industryCode()), e.scale().name(),
						e.keyCategories().stream().map(Enum::name).toList()),
				new EnterpriseSite(e.address(), e.latitude(), e.longitude(), e.districtCode(), name(e.districtCode()),
						e.streetCode(), name(e.streetCode()), e.gridCode()),
				e.regulatorCodes(),
				masked ? e.contacts().stream().map(Enterprise.EnterpriseContact::masked).toList() : e.contacts(),
				new RiskRating(e.riskScore(), e.riskLevel()));
	}

	private String name(String code) {
		return code == null ? null : regions.find(code).map(RegionSummary::name).orElse(code);
	}

	static String csv(String text) {
		if (text == null) {
			return "";
		}
		String t = text;
		if (!t.isEmpty() && "=+-@".indexOf(t.charAt(0)) >= 0) {
			t = "'" + t; // no formula injection when the file is opened in a spreadsheet
		}
		return t.contains(",") || t.contains("\"") || t.contains("\n") ? "\"" + t.replace("\"", "\"\"") + "\"" : t;
	}

	private static String nz(String text) {
		return text == null ? "" : text;
	}

}
