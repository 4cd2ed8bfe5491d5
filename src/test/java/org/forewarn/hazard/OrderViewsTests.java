package org.forewarn.hazard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.forewarn.hazard.OrderViews.Detail;
import org.forewarn.hazard.OrderViews.OrderAreas;
import org.forewarn.hazard.OrderViews.OrderDeadlines;
import org.forewarn.hazard.OrderViews.OrderHeader;
import org.forewarn.hazard.OrderViews.OrderHistory;
import org.forewarn.hazard.OrderViews.OrderPlace;
import org.forewarn.hazard.OrderViews.OrderProgress;
import org.forewarn.hazard.OrderViews.OrderRouting;
import org.forewarn.hazard.OrderViews.OrderSource;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The detail view is composed of small records in Java but reads as the one flat object
 * the console knows.
 */
class OrderViewsTests {

	/**
	 * The detail's fields as the console's {@code DisposalOrder} type reads them (before
	 * the view was composed).
	 */
	static final Set<String> CONSOLE_FIELDS = Set.of("id", "code", "status", "statusName", "category", "categoryName",
			"grade", "channel", "description", "latitude", "longitude", "address", "districtCode", "districtName",
			"streetCode", "streetName", "communityCode", "communityName", "gridCode", "departmentCode",
			"departmentName", "classifierCategory", "classifierConfidence", "routingNote", "verification", "resolution",
			"openedAt", "stepStartedAt", "stepDeadline", "rectifyDeadline", "supervision", "overdue", "closedAt",
			"reportCount", "enterpriseName", "enterpriseUscc", "reports", "photos", "timeline", "allowedActions",
			"version");

	@Test
	void aComposedDetailIsWrittenAsOneFlatObjectWithEveryFieldTheConsoleReads() {
		Instant at = Instant.parse("2026-11-23T02:00:00Z");
		Detail detail = new Detail(
				new OrderHeader(UUID.randomUUID(), "YH1", OrderStatus.RECTIFYING, "整改中", "GAS", "燃气", Grade.MAJOR,
						Channel.PUBLIC_TIP),
				new OrderSource("漏气", 2, "某公司", "91440300MA5XXXXXXX"),
				new OrderPlace(22.54, 114.05, "福田路1号",
						new OrderAreas("440304", "福田区", "440304010", "华富街道", "440304010001", "某社区", "440304010001003")),
				new OrderRouting("440304-RQ", "燃气办", "GAS", 0.9, "rule"),
				new OrderProgress(Verification.CONFIRMED, Resolution.RECTIFIED, at,
						new OrderDeadlines(at, at, at, at, Supervision.YELLOW, true)),
				new OrderHistory(List.of(), List.of(), List.of()), Set.of("submit"), 3);

		JsonNode json = JsonMapper.builder().build().valueToTree(detail);

		assertThat(json.propertyNames()).containsExactlyInAnyOrderElementsOf(CONSOLE_FIELDS);
		assertThat(json.get("districtName").asString()).isEqualTo("福田区");
		assertThat(json.get("stepDeadline").isNull()).isFalse();
		assertThat(json.get("overdue").asBoolean()).isTrue();
		assertThat(json.get("reportCount").asInt()).isEqualTo(2);
		assertThat(json.get("allowedActions").get(0).asString()).isEqualTo("submit");
	}

	@Test
	void aComposedListRowIsWrittenAsTheFlatRowTheInboxesRead() {
		Instant at = Instant.parse("2026-11-23T02:00:00Z");
		OrderSearch.OrderRow row = new OrderSearch.OrderRow(
				new OrderHeader(UUID.randomUUID(), "YH1", OrderStatus.DISPATCHED, "已派发", "GAS", "燃气", Grade.GENERAL,
						Channel.GRID_INSPECTION),
				"漏气",
				new OrderSearch.OrderRowPlace(22.54, 114.05, "440304", "福田区", "440304010", "华富街道", "440304010001003"),
				"440304-RQ", "燃气办", new OrderSearch.OrderRowClock(at, at, Supervision.RED, true, at), 1);

		JsonNode json = JsonMapper.builder().build().valueToTree(row);

		assertThat(json.propertyNames()).containsExactlyInAnyOrder("id", "code", "status", "statusName", "category",
				"categoryName", "grade", "channel", "description", "latitude", "longitude", "districtCode",
				"districtName", "streetCode", "streetName", "gridCode", "departmentCode", "departmentName", "openedAt",
				"stepDeadline", "supervision", "overdue", "closedAt", "reportCount");
		assertThat(json.get("supervision").asString()).isEqualTo("RED");
	}

}
