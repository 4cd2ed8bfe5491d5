package org.forewarn.enterprise;

import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.jayway.jsonpath.JsonPath;

import org.forewarn.MovableClock;
import org.forewarn.PlatformIntegrationTest;
import org.forewarn.platform.DemoMode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The enterprise registry, profile, code and portal through the HTTP API, on the real
 * database with demo data.
 */
@PlatformIntegrationTest
class EnterpriseIntegrationTests {

	/**
	 * Sites: Tencent's tower in Nanshan, Huawei in Bantian (Longgang), BYD in Pingshan,
	 * Ping An in Futian.
	 */
	static final Map<String, double[]> SITES = Map.of(UsccTests.TENCENT, new double[] { 22.5404, 113.9346 },
			UsccTests.HUAWEI, new double[] { 22.6551, 114.0615 }, UsccTests.BYD, new double[] { 22.6940, 114.3480 },
			UsccTests.PING_AN, new double[] { 22.5365, 114.0549 });

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MovableClock clock;

	@Autowired
	EnterpriseRecords records;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	org.springframework.context.ApplicationEventPublisher events;

	private final Map<String, String> tokens = new ConcurrentHashMap<>();

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void demoRegistryHasFiftyThousandEnterprisesWithValidCodesAndTheDemoEnterpriseInFutian() {
		assertThat(jdbc.sql("select count(*) from enterprise").query(Long.class).single())
			.isGreaterThanOrEqualTo(50_000);
		assertThat(jdbc.sql("select district_code from enterprise where uscc = :u")
			.param("u", EnterpriseDemoData.DEMO_USCC)
			.query(String.class)
			.single()).isEqualTo("440304");
		List<String> sample = jdbc.sql("select uscc from enterprise order by random() limit 500")
			.query(String.class)
			.list();
		assertThat(sample).allSatisfy(code -> assertThat(Uscc.problemOf(code.strip())).as(code).isEmpty());
	}

	@Test
	void registersRealShenzhenCompaniesAndRejectsTheSameCodeWithOneCharacterChanged() throws Exception {
		register("admin", UsccTests.TENCENT, "深圳市腾讯计算机系统有限公司", "I64", SITES.get(UsccTests.TENCENT))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.site.districtCode").value("440305"))
			.andExpect(jsonPath("$.business.industryName").value("互联网和相关服务"))
			.andExpect(jsonPath("$.regulatorCodes[0]").value("440305-GX"));
		register("admin", UsccTests.HUAWEI, "华为技术有限公司", "C39", SITES.get(UsccTests.HUAWEI))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.site.districtCode").value("440307"));
		register("admin", UsccTests.BYD, "比亚迪股份有限公司", "C36", SITES.get(UsccTests.BYD)).andExpect(status().isCreated());
		register("admin", UsccTests.PING_AN, "中国平安保险（集团）股份有限公司", "J68", SITES.get(UsccTests.PING_AN))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.site.districtCode").value("440304"));

		register("admin", "91440300708461136U", "假腾讯", "I64", SITES.get(UsccTests.TENCENT))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("uscc"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("校验码")))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("position 18 should be 'T'")));
		register("admin", "91440300708461236T", "改了一位", "I64", SITES.get(UsccTests.TENCENT))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("Wrong check digit")));
		register("admin", UsccTests.TENCENT, "再登记一次", "I64", SITES.get(UsccTests.TENCENT))
			.andExpect(status().isConflict());
		assertThat(jdbc.sql("select count(*) from enterprise where name in ('假腾讯', '改了一位')").query(Long.class).single())
			.isZero();
	}

	@Test
	void importsTheTenGoodRowsOfACsvAndReportsTheThreeBadOnes() throws Exception {
		StringBuilder csv = new StringBuilder(EnterpriseImport.HEADER).append('\n');
		for (int i = 0; i < 10; i++) {
			String code = EnterpriseDemoData.uscc("440304", 900_000 + i);
			csv.append(code)
				.append(",导入测试企业")
				.append(i)
				.append("有限公司,C33,福田区测试路")
				.append(i)
				.append("号,22.54")
				.append(i)
				.append(",114.05,SMALL,DUST_EXPLOSION,李四,安全员,1380013800")
				.append(i)
				.append('\n');
		}
		String good = EnterpriseDemoData.uscc("440304", 900_100);
		csv.append(good, 0, 17)
			.append(good.charAt(17) == '0' ? '1' : '0')
			.append(",校验码错误企业,C33,福田区,22.54,114.05,SMALL,,,,\n"); // row 12
		csv.append(EnterpriseDemoData.uscc("440304", 900_101)).append(",行业错误企业,Z99,福田区,22.54,114.05,SMALL,,,,\n");
		csv.append(EnterpriseDemoData.uscc("440304", 900_102)).append(",城外企业,C33,广州,23.13,113.26,SMALL,,,,\n");
		String report = as("admin",
				multipart("/api/enterprises/import").file(new MockMultipartFile("file", "enterprises.csv", "text/csv",
						csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows").value(13))
			.andExpect(jsonPath("$.imported").value(10))
			.andExpect(jsonPath("$.rejected").value(3))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Integer> rows = JsonPath.read(report, "$.problems[*].row");
		List<String> fields = JsonPath.read(report, "$.problems[*].field");
		assertThat(rows).containsExactly(12, 13, 14);
		assertThat(fields).containsExactly("uscc", "industry_code", "lat");
		assertThat((String) JsonPath.read(report, "$.problems[0].message")).contains("校验码");
		// the import is kept, and its importer reads it back with the same problems as
		// named fields
		String id = JsonPath.read(report, "$.id");
		as("admin", get("/api/enterprises/imports/" + id)).andExpect(status().isOk())
			.andExpect(jsonPath("$.fileName").value("enterprises.csv"))
			.andExpect(jsonPath("$.rows").value(13))
			.andExpect(jsonPath("$.imported").value(10))
			.andExpect(jsonPath("$.problems[1].field").value("industry_code"))
			.andExpect(jsonPath("$.problems[2].row").value(14));
		as("duty.futian", get("/api/enterprises/imports/" + id)).andExpect(status().isNotFound());
		assertThat(jdbc.sql("select count(*) from enterprise where name like '导入测试企业%'").query(Long.class).single())
			.isEqualTo(10);
		assertThat(jdbc.sql("select count(*) from enterprise where name in ('校验码错误企业', '行业错误企业', '城外企业')")
			.query(Long.class)
			.single()).isZero();

		// the same file again: every row is a duplicate of a registered enterprise,
		// nothing is stored twice
		as("admin",
				multipart("/api/enterprises/import").file(new MockMultipartFile("file", "enterprises.csv", "text/csv",
						csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(0))
			.andExpect(jsonPath("$.rejected").value(13));
	}

	/**
	 * An import is checked row by row like a single registration, the jurisdiction
	 * included: a Futian officer's file with a Nanshan site stores the Futian row and
	 * names the Nanshan one as outside the jurisdiction.
	 */
	@Test
	void aDistrictImportStoresNoRowOutsideTheImportersJurisdiction() throws Exception {
		String futian = EnterpriseDemoData.uscc("440304", 930_000);
		String nanshan = EnterpriseDemoData.uscc("440305", 930_001);
		String csv = EnterpriseImport.HEADER + "\n" + futian + ",福田导入辖区内企业,C33,福田区测试路1号,22.54,114.05,SMALL,,,,\n"
				+ nanshan + ",福田导入南山企业,C33,南山区测试路1号,22.53,113.93,SMALL,,,,\n";
		String report = as("duty.futian",
				multipart("/api/enterprises/import").file(new MockMultipartFile("file", "enterprises.csv", "text/csv",
						csv.getBytes(java.nio.charset.StandardCharsets.UTF_8))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(1))
			.andExpect(jsonPath("$.rejected").value(1))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Integer> rows = JsonPath.read(report, "$.problems[*].row");
		assertThat(rows).containsExactly(3);
		assertThat((String) JsonPath.read(report, "$.problems[0].message")).contains("辖区");
		assertThat(jdbc.sql("select count(*) from enterprise where name = '福田导入南山企业'").query(Long.class).single())
			.isZero();
		assertThat(jdbc.sql("select count(*) from enterprise where name = '福田导入辖区内企业'").query(Long.class).single())
			.isEqualTo(1);
	}

	@Test
	void aFutianDistrictUserCannotSeeOrRegisterANanshanEnterprise() throws Exception {
		String nanshan = jdbc.sql("select uscc from enterprise where district_code = '440305' order by uscc limit 1")
			.query(String.class)
			.single();
		String futian = jdbc.sql("select uscc from enterprise where district_code = '440304' order by uscc limit 1")
			.query(String.class)
			.single();
		as("duty.futian", get("/api/enterprises/" + nanshan)).andExpect(status().isForbidden());
		as("duty.futian", get("/api/enterprises/" + futian)).andExpect(status().isOk());
		as("duty.nanshan", get("/api/enterprises/" + nanshan)).andExpect(status().isOk());
		String list = as("duty.futian", get("/api/enterprises?size=200&region=440305")).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat((Integer) JsonPath.read(list, "$.total")).isZero();
		String own = as("duty.futian", get("/api/enterprises?size=50")).andReturn().getResponse().getContentAsString();
		List<String> districts = JsonPath.read(own, "$.items[*].site.districtCode");
		assertThat(districts).isNotEmpty().containsOnly("440304");
		List<String> phones = JsonPath.read(own, "$.items[*].contacts[*].phone");
		assertThat(phones).isNotEmpty().allSatisfy(p -> assertThat(p).matches("\\d{3}\\*{4}\\d{4}"));
		// registering a site in Nanshan from Futian is refused; nothing stored
		register("duty.futian", EnterpriseDemoData.uscc("440305", 910_000), "福田登记南山企业", "C33",
				new double[] { 22.5404, 113.9346 })
			.andExpect(status().isForbidden());
		assertThat(jdbc.sql("select count(*) from enterprise where name = '福田登记南山企业'").query(Long.class).single())
			.isZero();
	}

	@Test
	void searchesByNameCodeIndustryAreaAndRiskLevel() throws Exception {
		as("admin", get("/api/enterprises?q=福田示范")).andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].uscc").value(EnterpriseDemoData.DEMO_USCC));
		as("admin", get("/api/enterprises?q=" + EnterpriseDemoData.DEMO_USCC.substring(0, 12)))
			.andExpect(jsonPath("$.items[0].uscc").value(EnterpriseDemoData.DEMO_USCC));
		String red = as("admin", get("/api/enterprises?risk=RED,ORANGE&industry=C&region=440306&size=20"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> levels = JsonPath.read(red, "$.items[*].risk.level");
		List<String> industries = JsonPath.read(red, "$.items[*].business.industryCode");
		assertThat(levels).isNotEmpty().allSatisfy(l -> assertThat(l).isIn("RED", "ORANGE"));
		assertThat(industries).allSatisfy(i -> assertThat(i).startsWith("C"));
		as("admin", get("/api/enterprises?risk=PURPLE")).andExpect(status().isBadRequest());
	}

	@Test
	void theRiskScoreChangesWithTheReasonWhenAFactIsRecorded() throws Exception {
		String uscc = EnterpriseDemoData.uscc("440304", 920_000);
		register("admin", uscc, "风险测试企业有限公司", "C26", new double[] { 22.545, 114.06 }).andExpect(status().isCreated());
		int before = JsonPath.read(
				as("admin", get("/api/enterprises/" + uscc)).andReturn().getResponse().getContentAsString(),
				"$.risk.score");
		transactions.executeWithoutResult(s -> records.record(new EnterpriseFact(new Uscc(uscc), FactKind.PENALTY,
				"CF-TEST-1", "行政处罚：罚款 50000 元", "DECIDED", 3, Instant.now(clock), "/enforcement/cases/AJ-TEST-1")));
		int after = JsonPath.read(
				as("admin", get("/api/enterprises/" + uscc)).andReturn().getResponse().getContentAsString(),
				"$.risk.score");
		assertThat(after).isEqualTo(before + 11);
		String reason = jdbc.sql("select reason from enterprise_risk_history where uscc = :u order by id desc limit 1")
			.param("u", uscc)
			.query(String.class)
			.single();
		assertThat(reason).contains("CF-TEST-1").contains("行政处罚");
		// recording the same fact again changes nothing
		transactions.executeWithoutResult(s -> records.record(new EnterpriseFact(new Uscc(uscc), FactKind.PENALTY,
				"CF-TEST-1", "行政处罚：罚款 50000 元", "DECIDED", 3, Instant.now(clock), "/enforcement/cases/AJ-TEST-1")));
		assertThat(jdbc.sql("select count(*) from enterprise_risk_history where uscc = :u")
			.param("u", uscc)
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void recordingAFactForAnUnknownEnterpriseFails() {
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> transactions.executeWithoutResult(
					s -> records.record(new EnterpriseFact(new Uscc(EnterpriseDemoData.uscc("440304", 990_000)),
							FactKind.INSPECTION, "XJ-NONE", "x", "OPEN", 0, Instant.now(clock), null))))
			.isInstanceOf(UnknownEnterprise.class);
	}

	@Test
	void theProfileLinksFactsShowsEachRiskFactorAndItsHistory() throws Exception {
		String body = as("duty.futian", get("/api/enterprises/" + EnterpriseDemoData.DEMO_USCC + "/profile"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.enterprise.name").value(EnterpriseDemoData.DEMO_NAME))
			.andExpect(jsonPath("$.risk.factors[0].code").value("INDUSTRY"))
			.andExpect(jsonPath("$.risk.history[0].reason").isString())
			.andExpect(jsonPath("$.sections.CERTIFICATE[0].dueAt").isString())
			.andExpect(jsonPath("$.sections.TAX[0].detail").isString())
			.andReturn()
			.getResponse()
			.getContentAsString();
		int score = JsonPath.read(body, "$.risk.score");
		List<Integer> points = JsonPath.read(body, "$.risk.factors[*].points");
		assertThat(points.stream().mapToInt(Integer::intValue).sum()).isEqualTo(score);
		List<String> reminders = JsonPath.read(body, "$.reminders[*].kind");
		assertThat(reminders).contains("CERTIFICATE");
	}

	@Test
	void scanningTheEnterpriseCodeShowsThePublicNoPersonalData() throws Exception {
		byte[] png = as("duty.futian", get("/api/enterprises/" + EnterpriseDemoData.DEMO_USCC + "/qr.png"))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
				.string("X-Enterprise-Code-Url",
						org.hamcrest.Matchers.endsWith("/public/enterprises/" + EnterpriseDemoData.DEMO_USCC)))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(png).startsWith(0x89, 'P', 'N', 'G');
		var image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
		int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
		var bits = new com.google.zxing.common.HybridBinarizer(
				new com.google.zxing.RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels));
		String decoded = new com.google.zxing.qrcode.QRCodeReader().decode(new com.google.zxing.BinaryBitmap(bits))
			.getText();
		assertThat(decoded).endsWith("/public/enterprises/" + EnterpriseDemoData.DEMO_USCC);

		String scanned = mvc.perform(get("/api/public/enterprises/" + EnterpriseDemoData.DEMO_USCC))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value(EnterpriseDemoData.DEMO_NAME))
			.andExpect(jsonPath("$.riskLevel").isString())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String contacts = jdbc.sql("select contacts::text from enterprise where uscc = :u")
			.param("u", EnterpriseDemoData.DEMO_USCC)
			.query(String.class)
			.single();
		List<String> names = JsonPath.read(contacts, "$[*].name");
		List<String> phones = JsonPath.read(contacts, "$[*].phone");
		assertThat(names).isNotEmpty();
		for (String personal : names) {
			assertThat(scanned).doesNotContain(personal);
		}
		for (String phone : phones) {
			assertThat(scanned).doesNotContain(phone).doesNotContain(phone.substring(phone.length() - 4) + "\"");
		}
		assertThat(scanned).doesNotContain("contacts").doesNotContain("phone").doesNotContain("factors");
		assertThat(scanned).doesNotContainPattern("1[3-9]\\d{9}");
		mvc.perform(get("/api/public/enterprises/91440300MA5FFFFF0X")).andExpect(status().isNotFound());
		mvc.perform(get("/api/enterprises/" + EnterpriseDemoData.DEMO_USCC + "/profile"))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void theRiskMapIsGeoJsonOfTheCallersTerritoryAndTheKeyCategoriesCarryTheirPoints() throws Exception {
		String map = as("duty.futian", get("/api/enterprises/map")).andExpect(status().isOk())
			.andExpect(jsonPath("$.type").value("FeatureCollection"))
			.andExpect(jsonPath("$.features[0].type").value("Feature"))
			.andExpect(jsonPath("$.features[0].geometry.type").value("Point"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String severe = as("duty.futian", get("/api/enterprises/map?risk=RED,ORANGE")).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> levels = JsonPath.read(severe, "$.features[*].properties.level");
		assertThat(levels).allMatch(l -> l.equals("RED") || l.equals("ORANGE"));
		assertThat(levels.size()).isLessThan(JsonPath.<List<Object>>read(map, "$.features").size());
		List<Double> longitudes = JsonPath.read(map, "$.features[*].geometry.coordinates[0]");
		List<Double> latitudes = JsonPath.read(map, "$.features[*].geometry.coordinates[1]");
		// GeoJSON puts the longitude first: Shenzhen is near 114°E, 22.5°N
		assertThat(longitudes).allMatch(lon -> lon > 113 && lon < 115);
		assertThat(latitudes).allMatch(lat -> lat > 22 && lat < 23);
		List<String> usccs = JsonPath.read(map, "$.features[*].properties.uscc");
		assertThat(jdbc.sql("select count(*) from enterprise where uscc = any(:u) and district_code <> '440304'")
			.param("u", usccs.toArray(String[]::new))
			.query(Long.class)
			.single()).isZero();

		as("duty.futian", get("/api/enterprises/key-categories")).andExpect(status().isOk())
			.andExpect(
					jsonPath("$[?(@.code == 'HAZARDOUS_CHEMICALS')].zh").value(org.hamcrest.Matchers.hasItem("危险化学品")))
			.andExpect(jsonPath("$[0].points").isNumber());
	}

	@Test
	void anEnterpriseUserSeesOnlyItsOwnEnterpriseAndCannotChangeItsRiskScore() throws Exception {
		as("enterprise.demo", get("/api/auth/me"))
			.andExpect(jsonPath("$.enterpriseUscc").value(EnterpriseDemoData.DEMO_USCC));
		as("enterprise.demo", get("/api/enterprises/" + EnterpriseDemoData.DEMO_USCC + "/profile"))
			.andExpect(status().isOk());
		String other = jdbc
			.sql("select uscc from enterprise where district_code = '440304' and uscc <> :u order by uscc limit 1")
			.param("u", EnterpriseDemoData.DEMO_USCC)
			.query(String.class)
			.single();
		as("enterprise.demo", get("/api/enterprises/" + other + "/profile")).andExpect(status().isForbidden());
		as("enterprise.demo", get("/api/enterprises/" + other)).andExpect(status().isForbidden());
		String list = as("enterprise.demo", get("/api/enterprises?size=50")).andReturn()
			.getResponse()
			.getContentAsString();
		List<String> visible = JsonPath.read(list, "$.items[*].uscc");
		assertThat(visible).containsExactly(EnterpriseDemoData.DEMO_USCC);
		int before = jdbc.sql("select risk_score from enterprise where uscc = :u")
			.param("u", EnterpriseDemoData.DEMO_USCC)
			.query(Integer.class)
			.single();
		as("enterprise.demo", post("/api/enterprises/" + EnterpriseDemoData.DEMO_USCC + "/risk/recalculate"))
			.andExpect(status().isForbidden());
		as("enterprise.demo",
				post("/api/enterprises").contentType(MediaType.APPLICATION_JSON)
					.content("{\"uscc\":\"" + EnterpriseDemoData.DEMO_USCC + "\",\"riskScore\":0}"))
			.andExpect(status().isForbidden());
		assertThat(jdbc.sql("select risk_score from enterprise where uscc = :u")
			.param("u", EnterpriseDemoData.DEMO_USCC)
			.query(Integer.class)
			.single()).isEqualTo(before);
		as("enterprise.demo", get("/api/enterprises/portal")).andExpect(status().isOk())
			.andExpect(jsonPath("$.enterprise.uscc").value(EnterpriseDemoData.DEMO_USCC))
			.andExpect(jsonPath("$.risk.score").value(before))
			.andExpect(jsonPath("$.risk.factors[0].code").value("INDUSTRY"))
			.andExpect(jsonPath("$.reminders").isArray());
		as("duty.futian", get("/api/enterprises/portal")).andExpect(status().isForbidden());
		// staff recalculate it from the facts and are answered with the score and what
		// makes it up
		as("admin", post("/api/enterprises/" + EnterpriseDemoData.DEMO_USCC + "/risk/recalculate"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.uscc").value(EnterpriseDemoData.DEMO_USCC))
			.andExpect(jsonPath("$.level").value(org.hamcrest.Matchers.oneOf("RED", "ORANGE", "YELLOW", "BLUE")))
			.andExpect(jsonPath("$.factors[0].code").value("INDUSTRY"))
			.andExpect(jsonPath("$.at").isString());
	}

	@Test
	void anEnterpriseSelfReportLandsInTheHazardLoopAndOnItsProfileAndCanBeAnsweredWithEvidence() throws Exception {
		String receipt = as("enterprise.demo", post("/api/hazards").contentType(MediaType.APPLICATION_JSON).content("""
				{"description":"自查发现配电房电缆沟积水，电缆浸泡","latitude":22.541,"longitude":114.051,
				 "category":"ELECTRICAL","enterpriseUscc":"91440300708461136T"}""")).andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String orderCode = JsonPath.read(receipt, "$.orderCode");
		// the hazard loop stored the bound USCC, not the one in the body
		assertThat(jdbc.sql("select enterprise_uscc from disposal_order where code = :c")
			.param("c", orderCode)
			.query(String.class)
			.single()).isEqualTo(EnterpriseDemoData.DEMO_USCC);
		assertThat(jdbc.sql("select channel from disposal_order where code = :c")
			.param("c", orderCode)
			.query(String.class)
			.single()).isEqualTo("ENTERPRISE_SELF_REPORT");
		awaitFact("HAZARD", orderCode);
		String reason = jdbc.sql("select reason from enterprise_risk_history where uscc = :u order by id desc limit 1")
			.param("u", EnterpriseDemoData.DEMO_USCC)
			.query(String.class)
			.single();
		assertThat(reason).contains(orderCode);

		byte[] jpeg = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F' };
		as("enterprise.demo",
				multipart("/api/enterprises/portal/orders/" + orderCode + "/answers")
					.file(new MockMultipartFile("evidence", "after.jpg", "image/jpeg", jpeg))
					.param("note", "已抽排积水并加装排水泵"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.evidence[0].sha256").isString());
		as("enterprise.demo", multipart("/api/enterprises/portal/orders/YH-NOT-OURS/answers").param("note", "x"))
			.andExpect(status().isNotFound());
		as("enterprise.demo",
				multipart("/api/enterprises/portal/orders/" + orderCode + "/answers")
					.file(new MockMultipartFile("evidence", "x.exe", "application/octet-stream",
							new byte[] { 'M', 'Z', 0, 0, 0 }))
					.param("note", "x"))
			.andExpect(status().isUnsupportedMediaType());
		// the shared sniffing knows GIF and video too; the portal still takes only JPEG,
		// PNG and PDF
		as("enterprise.demo",
				multipart("/api/enterprises/portal/orders/" + orderCode + "/answers")
					.file(new MockMultipartFile("evidence", "after.gif", "image/gif", "GIF89a....".getBytes()))
					.param("note", "x"))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(jsonPath("$.errors[0].field").value("evidence"));
	}

	@Test
	void aWarningOverTheSiteIsPushedToTheEnterpriseContactAndShownOnTheProfile() throws Exception {
		var id = new org.forewarn.warning.WarningId(java.util.UUID.randomUUID());
		Instant now = Instant.now(clock);
		var warning = new org.forewarn.warning.WarningSummary(id, org.forewarn.warning.WarningStatus.ISSUED, "11B03",
				"暴雨", org.forewarn.warning.Colour.ORANGE, "福田区暴雨橙色预警", "预计未来3小时福田区有50毫米以上降水", "停止户外作业",
				List.of("440304"), List.of("440304"), null, "440304", java.util.Set.of(), java.util.Set.of(),
				now.plusSeconds(6 * 3600), 1, "test-warning", now);
		transactions.executeWithoutResult(
				st -> events.publishEvent(new org.forewarn.warning.WarningIssued(warning, "duty.futian", now)));
		awaitFact("WARNING", id + "/" + EnterpriseDemoData.DEMO_USCC);
		java.util.UUID person = java.util.UUID.nameUUIDFromBytes("person:enterprise.demo".getBytes());
		long pushed = await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.sql("select count(*) from notification where person_id = :p")
				.param("p", person)
				.query(Long.class)
				.single(), n -> n > 0);
		assertThat(pushed).isPositive();
		assertThat(jdbc.sql("select count(*) from enterprise_fact where kind = 'WARNING' and reference like :r")
			.param("r", id + "/%")
			.query(Long.class)
			.single()).isGreaterThan(1000);
		as("enterprise.demo", get("/api/enterprises/portal")).andExpect(status().isOk())
			.andExpect(jsonPath("$.reminders[?(@.kind == 'WARNING')]").isNotEmpty());
	}

	void awaitFact(String kind, String reference) {
		await("a " + kind + " fact " + reference).atMost(Duration.ofSeconds(15))
			.until(() -> jdbc.sql("select count(*) from enterprise_fact where kind = :k and reference = :r")
				.param("k", kind)
				.param("r", reference)
				.query(Long.class)
				.single() > 0);
	}

	ResultActions register(String user, String uscc, String name, String industry, double[] site) throws Exception {
		return as(user, post("/api/enterprises").contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"uscc":"%s","name":"%s","industryCode":"%s","address":"测试地址","lat":%s,"lon":%s,"scale":"LARGE",
					 "keyCategories":[],"contacts":[{"name":"王五","role":"安全负责人","phone":"13900139000"}]}"""
				.formatted(uscc, name, industry, site[0], site[1])));
	}

	ResultActions as(String user, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		return mvc.perform(request.header("Authorization", "Bearer " + token(user)));
	}

	String token(String user) throws Exception {
		String cached = tokens.get(user);
		if (cached != null) {
			return cached;
		}
		String body = mvc
			.perform(post("/api/auth/login").contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"" + user + "\",\"password\":\"" + DemoMode.DEMO_PASSWORD + "\"}"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String token = JsonPath.read(body, "$.token");
		tokens.put(user, token);
		return token;
	}

}
