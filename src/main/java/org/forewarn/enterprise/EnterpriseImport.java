package org.forewarn.enterprise;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.forewarn.audit.AuditEntry;
import org.forewarn.audit.AuditTrail;
import org.forewarn.platform.BulkCopy;
import org.forewarn.platform.CurrentUser;
import org.forewarn.platform.TextPolicy;
import org.forewarn.platform.Refusal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * Bulk import of enterprises from a table (CSV or the first sheet of an .xlsx): every row
 * is checked like a single registration; a USCC twice in the file or already registered
 * is a problem of that row. The valid rows are stored (COPY, one transaction) and none of
 * the invalid ones; the report says which row, which field and why.
 */
@Service
class EnterpriseImport {

	static final String HEADER = "uscc,name,industry_code,address,lat,lon,scale,key_categories,contact_name,contact_role,contact_phone";
	static final int MAX_ROWS = 200_000;

	/**
	 * Column names accepted in the header row (English as exported, or the Chinese a
	 * clerk would type).
	 */
	private static final Map<String, String> ALIASES = Map.ofEntries(Map.entry("统一社会信用代码", "uscc"),
			Map.entry("企业名称", "name"), Map.entry("名称", "name"), Map.entry("行业代码", "industry_code"),
			Map.entry("industrycode", "industry_code"), Map.entry("地址", "address"), Map.entry("纬度", "lat"),
			Map.entry("latitude", "lat"), Map.entry("经度", "lon"), Map.entry("longitude", "lon"),
			Map.entry("规模", "scale"), Map.entry("重点类别", "key_categories"), Map.entry("联系人", "contact_name"),
			Map.entry("职务", "contact_role"), Map.entry("联系电话", "contact_phone"), Map.entry("电话", "contact_phone"));

	record RowProblem(int row, String uscc, String field, String message) {
	}

	/**
	 * The outcome; {@code checkMillis} parsing and checking, {@code storeMillis} the COPY
	 * and the report.
	 */
	record ImportReport(UUID id, int rows, int imported, int rejected, List<RowProblem> problems, long millis,
			long checkMillis, long storeMillis) {
	}

	private final Registration registration;

	private final RegisteredEnterprises registry;

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	private final JsonMapper json;

	private final Imports imports;

	private final AuditTrail audit;

	private final Clock clock;

	EnterpriseImport(Registration registration, RegisteredEnterprises registry, JdbcClient jdbc, DataSource dataSource,
			JsonMapper json, Imports imports, AuditTrail audit, Clock clock) {
		this.registration = registration;
		this.registry = registry;
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.json = json;
		this.imports = imports;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	ImportReport importRows(CurrentUser user, String fileName, List<List<String>> table) {
		long started = System.nanoTime();
		Instant now = clock.instant();
		if (table.isEmpty()) {
			throw new EnterpriseRejected(Refusal.UNPROCESSABLE, "file",
					"文件为空；第一行应为表头：" + HEADER + "。The file is empty; the first row is the header.");
		}
		if (table.size() - 1 > MAX_ROWS) {
			throw new EnterpriseRejected(Refusal.TOO_LARGE, "file",
					"一次最多导入 %d 行。At most %d rows per file.".formatted(MAX_ROWS, MAX_ROWS));
		}
		Map<String, Integer> columns = columns(table.getFirst());
		for (String required : List.of("uscc", "name", "industry_code", "lat", "lon")) {
			if (!columns.containsKey(required)) {
				throw new EnterpriseRejected(Refusal.UNPROCESSABLE, "file",
						"表头缺少列 %s；应为：%s。The header lacks column '%s'.".formatted(required, HEADER, required));
			}
		}
		List<RowProblem> problems = new ArrayList<>();
		Map<String, Integer> firstRowOf = new HashMap<>();
		List<Enterprise> valid = new ArrayList<>();
		List<Integer> validRows = new ArrayList<>();
		Map<String, List<String>> regulators = new HashMap<>();
		int rows = 0;
		for (int r = 1; r < table.size(); r++) {
			List<String> row = table.get(r);
			if (row.stream().allMatch(f -> f == null || f.isBlank())) {
				continue;
			}
			rows++;
			int rowNumber = r + 1; // as a spreadsheet numbers it, header = 1
			List<RowProblem> rowProblems = new ArrayList<>();
			Double lat = number(row, columns.get("lat"), rowNumber, "lat", rowProblems);
			Double lon = number(row, columns.get("lon"), rowNumber, "lon", rowProblems);
			String contactName = cell(row, columns.get("contact_name"));
			String contactPhone = cell(row, columns.get("contact_phone"));
			List<Enterprise.EnterpriseContact> contacts = contactName == null && contactPhone == null ? List.of()
					: List.of(new Enterprise.EnterpriseContact(contactName, cell(row, columns.get("contact_role")),
							contactPhone));
			String categories = cell(row, columns.get("key_categories"));
			var draft = new Registration.Draft(cell(row, columns.get("uscc")), cell(row, columns.get("name")),
					cell(row, columns.get("industry_code")), cell(row, columns.get("address")), lat, lon,
					cell(row, columns.get("scale")),
					categories == null ? List.of() : Arrays.asList(categories.split("[;；、|]")), contacts);
			String code = Uscc.normalise(draft.uscc());
			if (rowProblems.isEmpty()) {
				var checked = registration.check(user, draft, now, regulators);
				checked.problems()
					.forEach(p -> rowProblems.add(new RowProblem(rowNumber, code, p.field().startsWith("contacts[0].")
							? "contact_" + p.field().substring(12) : column(p.field()), p.message())));
				if (checked.valid()) {
					Integer first = firstRowOf.putIfAbsent(code, rowNumber);
					if (first != null) {
						rowProblems.add(new RowProblem(rowNumber, code, "uscc",
								"与第 %d 行的统一社会信用代码重复。Same USCC as row %d.".formatted(first, first)));
					}
					else {
						valid.add(checked.enterprise());
						validRows.add(rowNumber);
					}
				}
			}
			problems.addAll(rowProblems);
		}
		var known = registry.existing(valid.stream().map(Enterprise::code).toList());
		List<Enterprise> fresh = new ArrayList<>();
		for (int i = 0; i < valid.size(); i++) {
			Enterprise e = valid.get(i);
			if (known.contains(e.code())) {
				problems.add(new RowProblem(validRows.get(i), e.code(), "uscc",
						"统一社会信用代码已登记。This USCC is already registered."));
			}
			else {
				fresh.add(e);
			}
		}
		problems.sort(java.util.Comparator.comparingInt(RowProblem::row));
		long checked = System.nanoTime();
		store(fresh, now);
		UUID id = UUID.randomUUID();
		int rejected = (int) problems.stream().mapToInt(RowProblem::row).distinct().count();
		imports.insert(new Imports.ImportRecord(id, fileName, rows, fresh.size(), problems, user.username(), now));
		audit.record(AuditEntry.of("enterprise.import", "enterprise-import:" + id, "success",
				"%s: %d rows, %d imported, %d rejected".formatted(fileName, rows, fresh.size(), rejected)));
		long finished = System.nanoTime();
		return new ImportReport(id, rows, fresh.size(), rejected, problems, (finished - started) / 1_000_000,
				(checked - started) / 1_000_000, (finished - checked) / 1_000_000);
	}

	/** COPY the new enterprises and the first entry of each one's score history. */
	void store(List<Enterprise> enterprises, Instant now) {
		if (enterprises.isEmpty()) {
			return;
		}
		StringBuilder rows = new StringBuilder(enterprises.size() * 300);
		StringBuilder history = new StringBuilder(enterprises.size() * 200);
		for (Enterprise e : enterprises) {
			RiskModel.Score score = registrationScore(e);
			String factors = json.writeValueAsString(score.factors());
			rows.append(String.join(",", CsvText.copyField(e.code()), CsvText.copyField(e.name()),
					CsvText.copyField(e.industryCode()), CsvText.copyField(e.address()),
					CsvText.copyField(e.latitude()), CsvText.copyField(e.longitude()),
					CsvText.copyField(e.districtCode()), CsvText.copyField(e.streetCode()),
					CsvText.copyField(e.communityCode()), CsvText.copyField(e.gridCode()),
					CsvText.copyField(e.scale().name()),
					CsvText.copyField(array(e.keyCategories().stream().map(Enum::name).sorted().toList())),
					CsvText.copyField(array(e.regulatorCodes())),
					CsvText.copyField(registry.contactsJson(e.contacts())), CsvText.copyField(score.score()),
					CsvText.copyField(score.level()), CsvText.copyField(factors), CsvText.copyField(now),
					CsvText.copyField(e.publicCode()), CsvText.copyField(e.createdAt()),
					CsvText.copyField(e.createdBy())))
				.append('\n');
			// the factors are on the enterprise row; the first history row need not
			// repeat them
			history.append(String.join(",", CsvText.copyField(e.code()), CsvText.copyField(now),
					CsvText.copyField(score.score()), CsvText.copyField(score.level()),
					CsvText.copyField("批量导入登记：按行业、规模和重点类别评定初始风险"), CsvText.copyField("[]")))
				.append('\n');
		}
		BulkCopy.copy(dataSource,
				"enterprise (uscc, name, industry_code, address, latitude, longitude, district_code, street_code,"
						+ " community_code, grid_code, scale, key_categories, regulator_codes, contacts, risk_score, risk_level,"
						+ " risk_factors, risk_at, public_code, created_at, created_by)",
				rows);
		BulkCopy.copy(dataSource, "enterprise_risk_history (uscc, at, score, level, reason, factors)", history);
	}

	private RiskModel.Score registrationScore(Enterprise e) {
		return registration.initialScore(e);
	}

	static String array(List<String> values) {
		return "{" + String.join(",", values.stream().map(v -> "\"" + v.replace("\"", "\\\"") + "\"").toList()) + "}";
	}

	private static Map<String, Integer> columns(List<String> header) {
		Map<String, Integer> columns = new LinkedHashMap<>();
		for (int i = 0; i < header.size(); i++) {
			String name = header.get(i) == null ? "" : header.get(i).strip().replace("\uFEFF", "");
			String key = ALIASES.getOrDefault(name, ALIASES.getOrDefault(name.toLowerCase(), name.toLowerCase()));
			columns.putIfAbsent(key, i);
		}
		return columns;
	}

	private static String cell(List<String> row, Integer column) {
		if (column == null || column >= row.size()) {
			return null;
		}
		return TextPolicy.blankToNull(row.get(column));
	}

	private static Double number(List<String> row, Integer column, int rowNumber, String field,
			List<RowProblem> problems) {
		String text = cell(row, column);
		if (text == null) {
			return null;
		}
		try {
			return Double.valueOf(text);
		}
		catch (NumberFormatException e) {
			problems
				.add(new RowProblem(rowNumber, null, field, "“%s”不是数字。'%s' is not a number.".formatted(text, text)));
			return Double.NaN;
		}
	}

	private static String column(String field) {
		return switch (field) {
			case "industryCode" -> "industry_code";
			case "keyCategories" -> "key_categories";
			default -> field;
		};
	}

}
