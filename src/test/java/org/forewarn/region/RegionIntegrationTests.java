package org.forewarn.region;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.forewarn.PlatformIntegrationTest;
import org.forewarn.platform.CurrentUser;
import org.forewarn.platform.DemoMode;
import org.forewarn.platform.Jurisdiction;
import org.forewarn.platform.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The region module in the whole platform, over HTTP: access rules by jurisdiction and
 * problem details. Its lookups without the web are proved by {@link RegionModuleTests},
 * which starts only region and platform.
 */
@PlatformIntegrationTest
class RegionIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Regions regions;

	@Autowired
	RegionCatalogue catalogue;

	@Autowired
	JdbcClient jdbc;

	static RequestPostProcessor as(String regionCode, Role role) {
		CurrentUser user = new CurrentUser(UUID.nameUUIDFromBytes(regionCode.getBytes()), "region-test." + regionCode,
				"User " + regionCode, Set.of(role), new Jurisdiction(regionCode, null));
		return authentication(new UsernamePasswordAuthenticationToken(user, null,
				List.of(new SimpleGrantedAuthority(role.authority()))));
	}

	static final RequestPostProcessor CITY = as("440300", Role.DUTY_OFFICER);
	static final RequestPostProcessor FUTIAN = as("440304", Role.DUTY_OFFICER);

	@Test
	void listsTheDistrictLevelAreasOfTheCityForACityUser() throws Exception {
		mvc.perform(get("/api/regions").param("parent", "440300").with(CITY))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(11)))
			.andExpect(jsonPath("$[*].name", hasItems("福田区", "光明区", "大鹏新区", "深汕特别合作区")))
			.andExpect(jsonPath("$[?(@.code == '440391')].childCount").value(3))
			.andExpect(jsonPath("$[?(@.code == '440391')].derived").value(true))
			.andExpect(jsonPath("$[?(@.code == '440304')].derived").value(false))
			.andExpect(jsonPath("$[0].center", hasSize(2)))
			.andExpect(jsonPath("$[0].geometry").doesNotExist());
	}

	@Test
	void givesAFutianUserOnlyFutianAndBelow() throws Exception {
		mvc.perform(get("/api/regions").with(FUTIAN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].code").value("440304"))
			.andExpect(jsonPath("$[0].childCount").value(11));
		mvc.perform(get("/api/regions").param("parent", "440304").with(FUTIAN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].parentCode", everyItem(org.hamcrest.Matchers.is("440304"))));
		mvc.perform(get("/api/regions/440305").with(FUTIAN))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.type").value("https://forewarn.org/problems/outside-jurisdiction"));
		mvc.perform(get("/api/regions").param("parent", "440300").with(FUTIAN)).andExpect(status().isForbidden());
		mvc.perform(get("/api/regions/features").param("level", "STREET").param("within", "440305").with(FUTIAN))
			.andExpect(status().isForbidden());
		assertThat(jdbc
			.sql("select count(*) from audit_event where actor = 'region-test.440304' and action = 'access.refused'")
			.query(Integer.class)
			.single()).isGreaterThanOrEqualTo(3);
	}

	@Test
	void locatesAnywhereInTheCityForAnyAuthenticatedUserBecauseGeographyIsPublic() throws Exception {
		mvc.perform(get("/api/regions/locate").param("lat", "22.53").param("lon", "113.93").with(FUTIAN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.inside").value(true))
			.andExpect(jsonPath("$.district.code").value("440305"));
		mvc.perform(get("/api/regions/locate").param("lat", "22.54").param("lon", "114.05"))
			.andExpect(status().isUnauthorized());
	}

	String bearer(String username) throws Exception {
		MvcResult login = mvc
			.perform(post("/api/auth/login").contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"" + username + "\",\"password\":\"" + DemoMode.DEMO_PASSWORD + "\"}"))
			.andExpect(status().isOk())
			.andReturn();
		return "Bearer " + JsonPath.read(login.getResponse().getContentAsString(), "$.token");
	}

	@Test
	void aLoggedInFutianDutyOfficerSeesFutianAndWhatLiesBelow() throws Exception {
		String bearer = bearer("duty.futian");
		mvc.perform(get("/api/regions").header("Authorization", bearer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].code").value("440304"));
		mvc.perform(get("/api/regions/440304001").header("Authorization", bearer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.parentCode").value("440304"));
		mvc.perform(get("/api/regions/stats").header("Authorization", bearer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].code").value("440304"));
	}

	@Test
	void aLoggedInFutianDutyOfficerIsRefusedNanshan() throws Exception {
		String bearer = bearer("duty.futian");
		mvc.perform(get("/api/regions/440305").header("Authorization", bearer))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type").value("https://forewarn.org/problems/outside-jurisdiction"));
		mvc.perform(get("/api/regions").param("parent", "440305").header("Authorization", bearer))
			.andExpect(status().isForbidden());
	}

	@Test
	void refusesUnknownCodesAndAnonymousCallers() throws Exception {
		mvc.perform(get("/api/regions/999999").with(CITY))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		mvc.perform(get("/api/regions")).andExpect(status().isUnauthorized());
	}

	@Test
	void returnsARegionWithItsGeometry() throws Exception {
		mvc.perform(get("/api/regions/440304").param("geometry", "true").with(FUTIAN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("福田区"))
			.andExpect(jsonPath("$.geometry.type").value(org.hamcrest.Matchers.oneOf("Polygon", "MultiPolygon")))
			.andExpect(jsonPath("$.geometry.coordinates[0]").isArray());
	}

	@Test
	void locatesOverHttpAndSaysWhenAPointIsNowhere() throws Exception {
		mvc.perform(get("/api/regions/locate").param("lat", "22.54").param("lon", "114.05").with(CITY))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.inside").value(true))
			.andExpect(jsonPath("$.district.code").value("440304"))
			.andExpect(jsonPath("$.street.parentCode").value("440304"))
			.andExpect(jsonPath("$.grid.code", startsWith("440304")))
			.andExpect(jsonPath("$.grid.level").value("GRID"));
		mvc.perform(get("/api/regions/locate").param("lat", "22.30").param("lon", "114.00").with(CITY))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.inside").value(false))
			.andExpect(jsonPath("$.message").value("该位置不在深圳市任何区域内 / not inside any area of 深圳市"))
			.andExpect(jsonPath("$.district").doesNotExist());
		mvc.perform(get("/api/regions/locate").param("lat", "91").param("lon", "114.05").with(CITY))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		mvc.perform(get("/api/regions/locate").param("lat", "abc").param("lon", "114.05").with(CITY))
			.andExpect(status().isBadRequest());
	}

	@Test
	void servesFeatureCollectionsAndRefusesAllGridsOfTheCity() throws Exception {
		mvc.perform(get("/api/regions/features").param("level", "DISTRICT").with(CITY))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/geo+json"))
			.andExpect(jsonPath("$.type").value("FeatureCollection"))
			.andExpect(jsonPath("$.features", hasSize(11)))
			.andExpect(jsonPath("$.features[0].properties.code").value("440303"))
			.andExpect(jsonPath("$.features[0].properties.level").value("DISTRICT"))
			.andExpect(jsonPath("$.features[0].properties.parentCode").value("440300"))
			.andExpect(jsonPath("$.features[0].geometry.type").exists());
		mvc.perform(get("/api/regions/features").param("level", "STREET")
			.param("within", "440391")
			.accept(org.springframework.http.MediaType.APPLICATION_JSON)
			.with(CITY))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.features[*].properties.code", hasItems("440307009", "440307010", "440307011")))
			.andExpect(jsonPath("$.features", hasSize(3)));
		int futianGrids = regions.descendants("440304", RegionLevel.GRID).size();
		mvc.perform(get("/api/regions/features").param("level", "GRID").with(FUTIAN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.features", hasSize(futianGrids)))
			.andExpect(jsonPath("$.features[*].properties.derived", everyItem(org.hamcrest.Matchers.is(true))));
		mvc.perform(get("/api/regions/features").param("level", "GRID").with(CITY))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", org.hamcrest.Matchers.containsString("district level or below")));
		mvc.perform(get("/api/regions/features").param("level", "GRID").param("within", "440391").with(CITY))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.features", hasSize(regions.descendants("440391", RegionLevel.GRID).size())));
		mvc.perform(get("/api/regions/features").param("level", "DISTRICT").param("within", "440304001").with(CITY))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/api/regions/features").param("level", "PROVINCE").with(CITY))
			.andExpect(status().isBadRequest());
	}

	@Test
	void countsStreetsCommunitiesAndGridsPerDistrictLevelArea() throws Exception {
		mvc.perform(get("/api/regions/stats").with(CITY))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(11)))
			.andExpect(jsonPath("$[?(@.code == '440391')].streets").value(3))
			.andExpect(jsonPath("$[?(@.code == '440392')].streets").value(4))
			.andExpect(jsonPath("$[?(@.code == '440392')].communities").value(39));
		int futianGrids = regions.descendants("440304", RegionLevel.GRID).size();
		mvc.perform(get("/api/regions/stats").with(FUTIAN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].code").value("440304"))
			.andExpect(jsonPath("$[0].streets").value(11))
			.andExpect(jsonPath("$[0].grids").value(futianGrids));
		mvc.perform(get("/api/regions/stats").param("within", "440305").with(FUTIAN)).andExpect(status().isForbidden());
	}

	@Test
	void servesTheConsoleConfigurationWithoutLogin() throws Exception {
		mvc.perform(get("/api/public/console-config"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.cityCode").value("440300"))
			.andExpect(jsonPath("$.cityName").value("深圳市"))
			.andExpect(jsonPath("$.center[0]").value(org.hamcrest.Matchers.closeTo(114.1, 0.3)))
			.andExpect(jsonPath("$.center[1]").value(org.hamcrest.Matchers.closeTo(22.6, 0.2)))
			.andExpect(jsonPath("$.zoom").value(org.hamcrest.Matchers
				.allOf(org.hamcrest.Matchers.greaterThanOrEqualTo(8), org.hamcrest.Matchers.lessThanOrEqualTo(11))))
			.andExpect(jsonPath("$.tileUrl").value(org.hamcrest.Matchers.nullValue()));
	}

	@Test
	void aSecondLoadReadsTheStoredTerritoryWithoutDuplicatingOrDerivingIt() {
		int rows = jdbc.sql("select count(*) from region_area").query(Integer.class).single();
		var derivedAt = jdbc.sql("select derived_at from region_territory").query(java.sql.Timestamp.class).single();
		List<RegionSummary> before = regions.descendants("440304", RegionLevel.GRID);

		assertThat(catalogue.load()).isEqualTo(RegionCatalogue.Source.DATABASE);

		assertThat(jdbc.sql("select count(*) from region_area").query(Integer.class).single()).isEqualTo(rows);
		assertThat(jdbc.sql("select count(*) from region_territory").query(Integer.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select derived_at from region_territory").query(java.sql.Timestamp.class).single())
			.isEqualTo(derivedAt);
		assertThat(regions.descendants("440304", RegionLevel.GRID)).isEqualTo(before);
		assertThat(regions.locate(22.54, 114.05)).isPresent();
	}

}
