package org.forewarn.monitoring;

import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5BlockingClient;
import com.jayway.jsonpath.JsonPath;

import org.forewarn.MovableClock;
import org.forewarn.PlatformIntegrationTest;
import org.forewarn.platform.DemoMode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * The monitoring module end to end on the real database with the demo network: MQTT and
 * HTTP telemetry, storage, alarm rules and the alarm lifecycle, jurisdiction, no-data and
 * housekeeping with the movable clock.
 */
@PlatformIntegrationTest
class MonitoringIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MovableClock clock;

	@Autowired
	Stations stations;

	@Autowired
	EmbeddedBroker broker;

	@Autowired
	NoDataSweep noData;

	@Autowired
	TelemetryHousekeeping housekeeping;

	private final Map<String, String> tokens = new ConcurrentHashMap<>();

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void theDemoNetworkCoversTheCityWithOverAThousandStations() throws Exception {
		assertThat(stations.count()).isGreaterThanOrEqualTo(1_000);
		Map<StationType, Long> perType = new java.util.EnumMap<>(StationType.class);
		stations.all().forEach(s -> perType.merge(s.type(), 1L, Long::sum));
		assertThat(perType.get(StationType.RAIN_GAUGE)).isGreaterThan(500);
		assertThat(perType.get(StationType.WATER_LEVEL)).isEqualTo(177 + 119);
		assertThat(perType).containsKeys(StationType.GAS, StationType.WATER_PRESSURE, StationType.BRIDGE_STRAIN,
				StationType.DRAINAGE_LEVEL);
		Station reservoir = stations.find("WL-SK0001").orElseThrow();
		assertThat(reservoir.objectCode()).isEqualTo("SK0001");
		assertThat(reservoir.designFloodLevel()).isGreaterThan(reservoir.floodLimitLevel());
		assertThat(reservoir.departmentCode()).isEqualTo(reservoir.districtCode() + "-SW");
		assertThat(reservoir.regionPath()).startsWith("440300", reservoir.districtCode(), reservoir.streetCode());

		as("admin", get("/api/stations?type=WATER_LEVEL&size=5")).andExpect(status().isOk())
			.andExpect(jsonPath("$.totalElements").value(296))
			.andExpect(jsonPath("$.content[0].type").value("WATER_LEVEL"));
		as("duty.futian", get("/api/stations/" + reservoir.code()))
			.andExpect(reservoir.districtCode().equals("440304") ? status().isOk() : status().isForbidden());
		String futianGauges = as("duty.futian", get("/api/stations?type=RAIN_GAUGE&size=2000"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> districts = JsonPath.read(futianGauges, "$.content[*].districtCode");
		assertThat(districts).isNotEmpty().allMatch("440304"::equals);
	}

	@Test
	void aGasReadingPublishedOverMqttIsStoredAndRaisesAnAlarmAndAHazardReportWithinASecond() throws Exception {
		Station gas = station(StationType.GAS, "440304", 0);
		Instant ts = clock.instant().truncatedTo(ChronoUnit.SECONDS);
		Mqtt5BlockingClient device = device("gas-" + UUID.randomUUID());
		try {
			long started = System.nanoTime();
			device.publishWith()
				.topic("telemetry/" + gas.code())
				.qos(MqttQos.AT_LEAST_ONCE)
				.payload(("{\"ts\":\"" + ts + "\",\"values\":{\"gas_lel\":31.5}}").getBytes(StandardCharsets.UTF_8))
				.send();
			Map<String, Object> alarm = awaitRow(Duration.ofSeconds(1), () -> jdbc.sql(
					"select id, severity, value, hazard_opened from alarm where station_code = :s and type = 'GAS_LEAK' and not cleared")
				.param("s", gas.code())
				.query()
				.listOfRows());
			long ms = (System.nanoTime() - started) / 1_000_000;
			assertThat(ms).isLessThan(1_000);
			assertThat(alarm.get("severity")).isEqualTo("CRITICAL");
			assertThat(alarm.get("value")).isEqualTo(31.5);
			assertThat(alarm.get("hazard_opened")).isEqualTo(true);
			assertThat(jdbc.sql("select value from reading where station_code = :s and metric = 'gas_lel' and ts = :ts")
				.param("s", gas.code())
				.param("ts", java.sql.Timestamp.from(ts))
				.query(Double.class)
				.single()).isEqualTo(31.5);
			assertThat(AlarmEventRecorder.stream(AlarmRaised.class)
				.filter(e -> e.source().stationCode().equals(gas.code()))).singleElement().satisfies(e -> {
					assertThat(e.severity()).isEqualTo(Severity.CRITICAL);
					assertThat(e.source().districtCode()).isEqualTo("440304");
					assertThat(e.ruleCode()).isEqualTo("GAS_HIGH");
				});
			// the hazard loop takes the signal in after commit and opens a disposal order
			String externalRef = "alarm:" + alarm.get("id");
			awaitRow(Duration.ofSeconds(20),
					() -> jdbc.sql("select id from hazard_report where external_ref = :r")
						.param("r", externalRef)
						.query()
						.listOfRows());

			// the same message again (a QoS 1 redelivery) is stored once and does not
			// raise a second alarm
			device.publishWith()
				.topic("telemetry/" + gas.code())
				.qos(MqttQos.AT_LEAST_ONCE)
				.payload(("{\"ts\":\"" + ts + "\",\"values\":{\"gas_lel\":31.5}}").getBytes(StandardCharsets.UTF_8))
				.send();
			device.publishWith()
				.topic("telemetry/" + gas.code())
				.qos(MqttQos.AT_LEAST_ONCE)
				.payload(("[{\"ts\":\"" + ts.plusSeconds(60) + "\",\"values\":{\"gas_lel\":33}}]")
					.getBytes(StandardCharsets.UTF_8))
				.send();
			awaitRow(Duration.ofSeconds(2),
					() -> jdbc.sql("select 1 from alarm where station_code = :s and type = 'GAS_LEAK' and repeats >= 1")
						.param("s", gas.code())
						.query()
						.listOfRows());
			assertThat(count("select count(*) from reading where station_code = '" + gas.code() + "'")).isEqualTo(2);
			assertThat(count("select count(*) from alarm where station_code = '" + gas.code() + "'")).isEqualTo(1);
		}
		finally {
			device.disconnect();
		}
	}

	@Test
	void httpBatchesAreIdempotentAndRefuseUnknownStationsAndMalformedValuesWithAReasonThatIsCounted() throws Exception {
		Station pressure = station(StationType.WATER_PRESSURE, null, 0);
		Instant ts = clock.instant().truncatedTo(ChronoUnit.SECONDS).minusSeconds(600);
		String batch = """
				[{"station":"%s","ts":"%s","values":{"pressure_mpa":0.31}},
				 {"station":"%s","ts":"%s","values":{"pressure_mpa":0.32}},
				 {"station":"NO-SUCH-STATION","ts":"%s","values":{"pressure_mpa":0.3}},
				 {"station":"%s","ts":"%s","values":{"pressure_mpa":"high"}},
				 {"station":"%s","ts":"%s","values":{"pressure_mpa":99}},
				 {"station":"%s","ts":"yesterday","values":{"pressure_mpa":0.3}},
				 {"station":"%s","ts":"%s","values":{"rainfall_5m":3}}]""".formatted(pressure.code(), ts,
				pressure.code(), ts.plusSeconds(300), ts, pressure.code(), ts, pressure.code(), ts, pressure.code(),
				pressure.code(), ts);
		long unknownBefore = rejected("HTTP", "UNKNOWN_STATION");
		as("admin", post("/api/telemetry").contentType(MediaType.APPLICATION_JSON).content(batch))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.received").value(2))
			.andExpect(jsonPath("$.stored").value(2))
			.andExpect(jsonPath("$.duplicates").value(0))
			.andExpect(jsonPath("$.rejected.length()").value(5))
			.andExpect(jsonPath("$.rejected[0].reason").value("UNKNOWN_STATION"))
			.andExpect(jsonPath("$.rejected[0].field").value("[2].station"))
			.andExpect(jsonPath("$.rejected[1].reason").value("MALFORMED_VALUE"))
			.andExpect(jsonPath("$.rejected[2].reason").value("VALUE_OUT_OF_RANGE"))
			.andExpect(jsonPath("$.rejected[3].reason").value("MALFORMED_TIMESTAMP"))
			.andExpect(jsonPath("$.rejected[4].reason").value("UNKNOWN_METRIC"));
		// sent again (a gateway retry): nothing stored twice
		as("admin", post("/api/telemetry").contentType(MediaType.APPLICATION_JSON).content(batch))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.stored").value(0))
			.andExpect(jsonPath("$.duplicates").value(2));
		assertThat(count("select count(*) from reading where station_code = '" + pressure.code() + "'")).isEqualTo(2);
		assertThat(rejected("HTTP", "UNKNOWN_STATION")).isEqualTo(unknownBefore + 2);
		as("admin", get("/api/telemetry/rejections")).andExpect(status().isOk())
			.andExpect(jsonPath("$.recent[0].channel").value("HTTP"));
		String prometheus = as("admin", get("/actuator/prometheus")).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(prometheus)
			.contains("forewarn_telemetry_rejected_total{channel=\"http\",reason=\"UNKNOWN_STATION\"}");

		// nothing acceptable: 422 naming the fields; not JSON: 400; no rights: 403
		as("admin",
				post("/api/telemetry").contentType(MediaType.APPLICATION_JSON)
					.content("[{\"station\":\"NOPE\",\"ts\":\"" + ts + "\",\"values\":{\"x\":1}}]"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("[0].station"))
			.andExpect(jsonPath("$.errors[0].reason").value("UNKNOWN_STATION"));
		as("admin", post("/api/telemetry").contentType(MediaType.APPLICATION_JSON).content("[{\"station\":"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("body"));
		as("duty.futian", post("/api/telemetry").contentType(MediaType.APPLICATION_JSON).content(batch))
			.andExpect(status().isForbidden());
	}

	@Test
	void malformedAndUnknownMqttMessagesAreRefusedAndCountedNotStored() throws Exception {
		long malformed = rejected("MQTT", "MALFORMED_JSON");
		long unknown = rejected("MQTT", "UNKNOWN_STATION");
		Mqtt5BlockingClient device = device("bad-" + UUID.randomUUID());
		try {
			device.publishWith()
				.topic("telemetry/RG-0001")
				.qos(MqttQos.AT_LEAST_ONCE)
				.payload("{not json".getBytes(StandardCharsets.UTF_8))
				.send();
			device.publishWith()
				.topic("telemetry/XX-9999")
				.qos(MqttQos.AT_LEAST_ONCE)
				.payload(("{\"ts\":\"" + clock.instant() + "\",\"values\":{\"rainfall_5m\":1}}")
					.getBytes(StandardCharsets.UTF_8))
				.send();
		}
		finally {
			device.disconnect();
		}
		awaitTrue(Duration.ofSeconds(5), () -> rejected("MQTT", "MALFORMED_JSON") == malformed + 1
				&& rejected("MQTT", "UNKNOWN_STATION") == unknown + 1);
		assertThat(count("select count(*) from reading where station_code = 'XX-9999'")).isZero();
	}

	@Test
	void accumulatedRainfallRaisesYellowThenOrangeThenRedAndTheEventsCarryTheSignal() throws Exception {
		Station gauge = station(StationType.RAIN_GAUGE, "440305", 3);
		// 5-minute rainfall sent as it falls, the clock moving with it: 36 readings over
		// 3 hours
		Instant start = clock.instant().truncatedTo(ChronoUnit.MINUTES);
		double[] perFiveMinutes = new double[36];
		java.util.Arrays.fill(perFiveMinutes, 0, 12, 1.5); // 18 mm in the first hour
		java.util.Arrays.fill(perFiveMinutes, 12, 24, 3.0); // +36 → 54 mm after 2 h:
															// orange (3 h ≥ 50), yellow
															// too
		java.util.Arrays.fill(perFiveMinutes, 24, 36, 4.0); // +48 → 102 mm in 3 h: red
		String severityAfter2h = null;
		for (int i = 0; i < perFiveMinutes.length; i++) {
			clock.advance(Duration.ofMinutes(5));
			Instant ts = start.plus(Duration.ofMinutes(5L * (i + 1)));
			send(gauge.code(), ts, "rainfall_5m", perFiveMinutes[i]);
			if (i == 23) {
				severityAfter2h = jdbc
					.sql("select severity from alarm where station_code = :s and type = 'RAINSTORM' and not cleared")
					.param("s", gauge.code())
					.query(String.class)
					.single();
			}
		}
		assertThat(severityAfter2h).isEqualTo("MAJOR");
		Map<String, Object> alarm = jdbc.sql(
				"select id, severity, signal, value from alarm where station_code = :s and type = 'RAINSTORM' and not cleared")
			.param("s", gauge.code())
			.query()
			.singleRow();
		assertThat(alarm.get("severity")).isEqualTo("CRITICAL");
		assertThat(alarm.get("signal")).isEqualTo("RED");
		assertThat((Double) alarm.get("value")).isEqualTo(102.0, org.assertj.core.data.Offset.offset(0.001));
		List<AlarmRaised> raised = AlarmEventRecorder.stream(AlarmRaised.class)
			.filter(e -> e.source().stationCode().equals(gauge.code()) && e.type().equals("RAINSTORM"))
			.toList();
		assertThat(raised).singleElement().satisfies(e -> assertThat(e.signal()).isEqualTo("ORANGE"));
		// the alarm proposed a rainstorm warning draft for the gauge's street (after its
		// commit)
		String source = "alarm:" + raised.getFirst().alarmId().value();
		// the proposal listener runs asynchronously after the reading's commit
		long proposals = await().atMost(Duration.ofSeconds(10))
			.until(() -> count("select count(*) from warning where '" + source
					+ "' = any(sources) and status = 'DRAFT' and event_type = '11B03' and colour = 'ORANGE'"),
					n -> n > 0);
		assertThat(proposals).isEqualTo(1);
		assertThat(AlarmEventRecorder.stream(AlarmSeverityChanged.class)
			.filter(e -> e.source().stationCode().equals(gauge.code()))).extracting(AlarmSeverityChanged::signal)
			.containsExactly("RED");
		// the 1-hour rule (≥ 30 mm) fired in the last hour as its own alarm type
		assertThat(count("select count(*) from alarm where station_code = '" + gauge.code()
				+ "' and type = 'HEAVY_RAIN_1H' and not cleared"))
			.isEqualTo(1);

		// dry for three hours: the 3 h sum falls below 50 − 5 and the 6 h sum below 50 −
		// 5 only later
		for (int i = 0; i < 36; i++) {
			clock.advance(Duration.ofMinutes(5));
			send(gauge.code(), start.plus(Duration.ofMinutes(5L * (37 + i))), "rainfall_5m", 0);
		}
		assertThat(jdbc.sql("select cleared from alarm where id = :id")
			.param("id", alarm.get("id"))
			.query(Boolean.class)
			.single()).as("6 h sum still 102 mm: yellow holds").isFalse();
		for (int i = 0; i < 36; i++) {
			clock.advance(Duration.ofMinutes(5));
			send(gauge.code(), start.plus(Duration.ofMinutes(5L * (73 + i))), "rainfall_5m", 0);
		}
		assertThat(jdbc.sql("select cleared from alarm where id = :id")
			.param("id", alarm.get("id"))
			.query(Boolean.class)
			.single()).isTrue();
		assertThat(
				AlarmEventRecorder.stream(AlarmCleared.class).filter(e -> e.alarmId().value().equals(alarm.get("id"))))
			.singleElement()
			.satisfies(e -> assertThat(e.clearedBy()).isEqualTo("system"));
	}

	@Test
	void aRiverAlarmClearsOnlyOnceTheLevelIsBelowTheWarningLevelByTheClearMargin() throws Exception {
		Station river = stations.all()
			.stream()
			.filter(s -> s.warningLevel() != null && s.districtCode().equals("440306"))
			.findFirst()
			.orElseThrow();
		double warning = river.warningLevel();
		Instant t = clock.instant().truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofHours(2));
		send(river.code(), t, "water_level", warning - 0.5);
		send(river.code(), t.plus(Duration.ofMinutes(30)), "water_level", warning + 0.02);
		String active = "select count(*) from alarm where station_code = '" + river.code()
				+ "' and type = 'HIGH_WATER' and not cleared";
		assertThat(count(active)).isEqualTo(1);
		send(river.code(), t.plus(Duration.ofMinutes(35)), "water_level", warning - 0.05); // below,
																							// inside
																							// the
																							// margin
		assertThat(count(active)).as("hysteresis keeps it").isEqualTo(1);
		send(river.code(), t.plus(Duration.ofMinutes(40)), "water_level", warning + 0.01); // flaps
																							// back
																							// above
		send(river.code(), t.plus(Duration.ofMinutes(45)), "water_level", warning - 0.2); // clearly
																							// below
		assertThat(count(active)).isZero();
		assertThat(
				count("select count(*) from alarm where station_code = '" + river.code() + "' and type = 'HIGH_WATER'"))
			.as("one alarm for the whole episode, no flapping")
			.isEqualTo(1);
		// a late reading from before the clear decides nothing
		send(river.code(), t.plus(Duration.ofMinutes(42)), "water_level", warning + 1);
		assertThat(count(active)).isZero();
	}

	@Test
	void aDistrictDutyOfficerSeesAndHandlesOnlyTheAlarmsOfTheirDistrict() throws Exception {
		Station futian = station(StationType.GAS, "440304", 2);
		Station nanshan = station(StationType.DRAINAGE_LEVEL, "440305", 0);
		Instant ts = clock.instant().truncatedTo(ChronoUnit.SECONDS);
		send(futian.code(), ts, "gas_lel", 12);
		send(nanshan.code(), ts, "water_depth_m", 1.9);
		String futianAlarm = alarmId(futian.code(), "GAS_LEAK");
		String nanshanAlarm = alarmId(nanshan.code(), "DRAINAGE_OVERFLOW");

		String list = as("duty.nanshan", get("/api/alarms?status=ACTIVE&size=500")).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(list).contains(nanshanAlarm).doesNotContain(futianAlarm);
		List<String> districts = JsonPath.read(list, "$.content[*].districtCode");
		assertThat(districts).allMatch("440305"::equals);
		as("duty.nanshan", get("/api/alarms/" + futianAlarm)).andExpect(status().isForbidden());
		as("duty.nanshan", post("/api/alarms/" + futianAlarm + "/acknowledge")).andExpect(status().isForbidden());
		as("duty.nanshan", get("/api/alarms?region=440304")).andExpect(status().isForbidden());
		as("duty.nanshan", get("/api/alarms/summary?within=440304")).andExpect(status().isForbidden());
		as("duty.futian", get("/api/alarms?region=" + futian.streetCode())).andExpect(status().isOk())
			.andExpect(jsonPath("$.content[?(@.id == '" + futianAlarm + "')]").exists());

		// the roll-up: the city sees Futian's and Nanshan's alarms under their districts
		String summary = as("duty.city", get("/api/alarms/summary")).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Integer> futianActive = JsonPath.read(summary, "$.areas[?(@.code == '440304')].active");
		assertThat(futianActive).singleElement().satisfies(n -> assertThat(n).isGreaterThanOrEqualTo(1));
		int total = JsonPath.read(summary, "$.within.active");
		List<Integer> perDistrict = JsonPath.read(summary, "$.areas[*].active");
		assertThat(perDistrict.stream().mapToInt(Integer::intValue).sum()).isEqualTo(total);
		as("duty.futian", get("/api/alarms/summary?within=" + futian.streetCode())).andExpect(status().isOk())
			.andExpect(jsonPath("$.within.level").value("STREET"))
			.andExpect(jsonPath("$.areas[0].level").value("COMMUNITY"));
	}

	@Test
	void anAlarmIsAcknowledgedAssignedCommentedAndClearedOnceAndTheNextBreachRaisesANewOne() throws Exception {
		Station gas = station(StationType.GAS, "440304", 1);
		Instant ts = clock.instant().truncatedTo(ChronoUnit.SECONDS).minusSeconds(120);
		send(gas.code(), ts, "gas_lel", 12);
		String id = alarmId(gas.code(), "GAS_LEAK");
		as("duty.futian", post("/api/alarms/" + id + "/acknowledge")).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ACTIVE_ACK"))
			.andExpect(jsonPath("$.acknowledgedBy").value("duty.futian"));
		as("duty.futian", post("/api/alarms/" + id + "/acknowledge")).andExpect(status().isConflict());
		as("grid.futian", post("/api/alarms/" + id + "/acknowledge")).andExpect(status().isForbidden());
		String person = jdbc.sql("select id::text from person where '440304' = any(region_path) limit 1")
			.query(String.class)
			.single();
		as("duty.futian",
				post("/api/alarms/" + id + "/assign").contentType(MediaType.APPLICATION_JSON)
					.content("{\"personId\":\"" + person + "\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.assigneeId").value(person));
		as("duty.futian",
				post("/api/alarms/" + id + "/comment").contentType(MediaType.APPLICATION_JSON)
					.content("{\"text\":\"已通知燃气公司现场检查\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.kind").value("COMMENT"));
		as("duty.futian",
				post("/api/alarms/" + id + "/clear").contentType(MediaType.APPLICATION_JSON)
					.content("{\"reason\":\"传感器校准后复核正常\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CLEARED_ACK"));
		as("duty.futian", post("/api/alarms/" + id + "/clear")).andExpect(status().isConflict());
		as("duty.futian", get("/api/alarms/" + id)).andExpect(status().isOk())
			.andExpect(jsonPath("$.history[*].kind")
				.value(org.hamcrest.Matchers.contains("RAISED", "ACKNOWLEDGED", "ASSIGNED", "COMMENT", "CLEARED")));
		assertThat(count("select count(*) from audit_event where target = '" + id + "'")).isGreaterThanOrEqualTo(5);

		// the rule engine knows it was cleared: the next breach is a new alarm, not a
		// repeat of the cleared one
		send(gas.code(), ts.plusSeconds(60), "gas_lel", 13);
		String next = alarmId(gas.code(), "GAS_LEAK");
		assertThat(next).isNotEqualTo(id);
	}

	@Test
	void aStationSilentForThirtyMinutesRaisesANoDataAlarmThatItsNextReadingClears() throws Exception {
		Station drain = station(StationType.DRAINAGE_LEVEL, null, 5);
		send(drain.code(), clock.instant().truncatedTo(ChronoUnit.SECONDS), "water_depth_m", 0.3);
		noData.sweep();
		String silent = "select count(*) from alarm where station_code = '" + drain.code()
				+ "' and type = 'NO_DATA' and not cleared";
		assertThat(count(silent)).isZero();
		clock.advance(Duration.ofMinutes(31));
		noData.sweep();
		assertThat(count(silent)).isEqualTo(1);
		noData.sweep();
		assertThat(count(silent)).as("one alarm, not one per sweep").isEqualTo(1);
		send(drain.code(), clock.instant().truncatedTo(ChronoUnit.SECONDS), "water_depth_m", 0.3);
		assertThat(count(silent)).isZero();
	}

	@Test
	void housekeepingRollsCompletedHoursUpAndDropsRawPartitionsPastRetention() throws Exception {
		Station pressure = station(StationType.WATER_PRESSURE, null, 3);
		Instant hour = clock.instant().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(3));
		for (int i = 0; i < 12; i++) {
			send(pressure.code(), hour.plus(Duration.ofMinutes(5L * i)), "pressure_mpa", 0.30 + i * 0.01);
		}
		housekeeping.run();
		Map<String, Object> hourly = jdbc.sql("""
				select n, min_value, max_value, last_value from reading_hourly
				where station_code = :s and metric = 'pressure_mpa' and hour = :h""")
			.param("s", pressure.code())
			.param("h", java.sql.Timestamp.from(hour))
			.query()
			.singleRow();
		assertThat(hourly.get("n")).isEqualTo(12);
		assertThat((Double) hourly.get("min_value")).isEqualTo(0.30, org.assertj.core.data.Offset.offset(1e-9));
		assertThat((Double) hourly.get("last_value")).isEqualTo(0.41, org.assertj.core.data.Offset.offset(1e-9));
		as("admin",
				get("/api/stations/" + pressure.code() + "/readings?resolution=hourly&from=" + hour.minusSeconds(1)
						+ "&to=" + hour.plusSeconds(3600)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.points.length()").value(1))
			.andExpect(jsonPath("$.points[0].count").value(12));
		as("admin",
				get("/api/stations/" + pressure.code() + "/readings?from=" + hour + "&to=" + hour.plusSeconds(3600)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.resolution").value("raw"))
			.andExpect(jsonPath("$.points.length()").value(12));

		// 400 days later (raw retention) this month's partition is gone, the hourly
		// aggregate is not
		String partition = Readings
			.partitionName(hour.atZone(java.time.ZoneOffset.UTC).toLocalDate().withDayOfMonth(1));
		clock.advance(Duration.ofDays(400 + 31));
		TelemetryHousekeeping.Report report = housekeeping.run();
		assertThat(report.partitionsDropped()).contains(partition);
		assertThat(count("select count(*) from reading_hourly where station_code = '" + pressure.code() + "'"))
			.isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from pg_class where relname = :p")
			.param("p", partition)
			.query(Long.class)
			.single()).isZero();
		clock.reset();
		housekeeping.run(); // partitions for now again (other tests write to the current
							// month)
	}

	@Test
	void anAdministratorChangesARuleAndTheNextReadingIsJudgedByIt() throws Exception {
		Station pressure = station(StationType.WATER_PRESSURE, null, 5);
		Instant ts = clock.instant().truncatedTo(ChronoUnit.SECONDS).minusSeconds(300);
		String low = "select count(*) from alarm where station_code = '" + pressure.code()
				+ "' and type = 'LOW_PRESSURE' and not cleared";
		send(pressure.code(), ts, "pressure_mpa", 0.30);
		assertThat(count(low)).isZero();
		as("duty.city", put("/api/alarm-rules/PRESSURE_LOW").contentType(MediaType.APPLICATION_JSON)
			.content("{\"threshold\":0.35}")).andExpect(status().isForbidden());
		try {
			as("admin",
					put("/api/alarm-rules/PRESSURE_LOW").contentType(MediaType.APPLICATION_JSON)
						.content("{\"threshold\":0.35}"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.threshold").value(0.35));
			send(pressure.code(), ts.plusSeconds(60), "pressure_mpa", 0.30);
			assertThat(count(low)).isEqualTo(1);
			as("admin", put("/api/alarm-rules/LEVEL_OVER_WARNING").contentType(MediaType.APPLICATION_JSON)
				.content("{\"threshold\":3}")).andExpect(status().isBadRequest());
			as("duty.futian", get("/api/alarm-rules")).andExpect(status().isOk())
				.andExpect(jsonPath("$[?(@.code == 'RAINSTORM_RED')].threshold").value(100.0));
		}
		finally {
			as("admin", put("/api/alarm-rules/PRESSURE_LOW").contentType(MediaType.APPLICATION_JSON)
				.content("{\"threshold\":0.14}")).andExpect(status().isOk());
		}
	}

	// --- helpers ---

	/**
	 * The n-th station of a type (ordered by code), optionally in a district; distinct
	 * per test.
	 */
	private Station station(StationType type, String district, int n) {
		return stations.all()
			.stream()
			.filter(s -> s.type() == type)
			.filter(s -> district == null || s.districtCode().equals(district))
			.sorted(java.util.Comparator.comparing(Station::code))
			.skip(n)
			.findFirst()
			.orElseThrow();
	}

	private void send(String station, Instant ts, String metric, double value) throws Exception {
		as("admin",
				post("/api/telemetry").contentType(MediaType.APPLICATION_JSON)
					.content("[{\"station\":\"%s\",\"ts\":\"%s\",\"values\":{\"%s\":%s}}]".formatted(station, ts,
							metric, value)))
			.andExpect(status().isOk());
	}

	private String alarmId(String station, String type) {
		return jdbc.sql("select id::text from alarm where station_code = :s and type = :t and not cleared")
			.param("s", station)
			.param("t", type)
			.query(String.class)
			.single();
	}

	private Mqtt5BlockingClient device(String id) {
		Mqtt5BlockingClient client = MqttClient.builder()
			.useMqttVersion5()
			.identifier(id)
			.serverHost("127.0.0.1")
			.serverPort(broker.port())
			.buildBlocking();
		client.connect();
		return client;
	}

	private long rejected(String channel, String reason) throws Exception {
		String body = as("admin", get("/api/telemetry/rejections")).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(body, "$.counts." + channel + "." + reason)).longValue();
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	/**
	 * Waits for another thread's commit, not for time to pass. Polls every 10 ms from the
	 * start (Awaitility's default first waits 100 ms) because one caller measures that
	 * the alarm is stored within a second.
	 */
	private static Map<String, Object> awaitRow(Duration within, Supplier<List<Map<String, Object>>> query) {
		return await().pollDelay(Duration.ZERO)
			.pollInterval(Duration.ofMillis(10))
			.atMost(within)
			.until(query::get, rows -> !rows.isEmpty())
			.get(0);
	}

	private static void awaitTrue(Duration within, java.util.concurrent.Callable<Boolean> condition) {
		await().pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(10)).atMost(within).until(condition);
	}

	private ResultActions as(String user, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		return mvc.perform(request.header("Authorization", "Bearer " + token(user)));
	}

	private String token(String user) throws Exception {
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
