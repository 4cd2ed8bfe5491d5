package org.forewarn.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.forewarn.plan.PlanContent.Duty;
import org.forewarn.plan.PlanContent.Measure;
import org.forewarn.plan.PlanContent.Scenario;

/**
 * A structured skeleton from a plan's text, to complete by hand: before the first
 * scenario heading, lines {@code <unit name>：<duty>；<duty>} become the duty list; a line
 * starting {@code 情景} opens a scenario; a line naming a response level ({@code Ⅱ级响应},
 * {@code II级响应}) sets the level of the task lines that follow it, which become measures
 * (60 minutes unless the line says {@code N分钟}/{@code N小时内}). Units are recognised by
 * their names in the organisation; lines that fit nothing are returned as not understood.
 */
final class PlanImport {

	record Skeleton(PlanContent content, List<String> notUnderstood) {
	}

	private static final Pattern SCENARIO = Pattern.compile("^\\s*情景[一二三四五六七八九十0-9]*[：:、.\\s]*(.+)$");

	private static final Pattern LEVEL = Pattern.compile("(Ⅰ|Ⅱ|Ⅲ|Ⅳ|IV|III|II|I|一|二|三|四)级(应急)?响应");

	private static final Pattern UNIT_LINE = Pattern
		.compile("^\\s*[（(]?[0-9一二三四五六七八九十]*[)）、.]?\\s*([^：:]{2,30})[：:](.+)$");

	private static final Pattern MINUTES = Pattern.compile("([0-9]+)\\s*(分钟|小时)");

	private PlanImport() {
	}

	/**
	 * @param units unit name → code (full names like 深圳市水务局 and short ones like 市水务局 both
	 * work)
	 */
	static Skeleton read(String text, Map<String, String> units) {
		Map<String, Duty> duties = new LinkedHashMap<>();
		List<Scenario> scenarios = new ArrayList<>();
		List<Measure> measures = new ArrayList<>();
		List<String> unknown = new ArrayList<>();
		List<Map.Entry<String, String>> byLength = new ArrayList<>(units.entrySet());
		byLength.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed());
		ResponseLevel level = ResponseLevel.IV;
		for (String raw : text.split("\\R")) {
			String line = raw.strip();
			if (line.isEmpty()) {
				continue;
			}
			Matcher scenario = SCENARIO.matcher(line);
			if (scenario.matches()) {
				scenarios.add(new Scenario("S" + (scenarios.size() + 1), scenario.group(1).strip(), List.of()));
				level = ResponseLevel.IV;
				continue;
			}
			Matcher lv = LEVEL.matcher(line);
			if (lv.find() && !scenarios.isEmpty() && line.length() < 40) {
				level = level(lv.group(1));
				continue;
			}
			Matcher unitLine = UNIT_LINE.matcher(line);
			String code = unitLine.matches() ? unit(unitLine.group(1).strip(), byLength) : null;
			if (code == null) {
				unknown.add(line);
				continue;
			}
			String body = unitLine.group(2).strip();
			if (scenarios.isEmpty()) {
				Duty before = duties.get(code);
				List<String> items = new ArrayList<>(before == null ? List.of() : before.duties());
				for (String item : body.split("[；;。]")) {
					if (!item.isBlank()) {
						items.add(item.strip());
					}
				}
				duties.put(code, new Duty(code, unitLine.group(1).strip(), items));
			}
			else {
				measures.add(new Measure(scenarios.getLast().code(), level, code, body.replaceAll("[。；;]+$", ""),
						minutes(body), List.of(), null));
			}
		}
		return new Skeleton(new PlanContent(new ArrayList<>(duties.values()), scenarios, measures), unknown);
	}

	private static String unit(String name, List<Map.Entry<String, String>> units) {
		for (Map.Entry<String, String> e : units) {
			if (name.equals(e.getKey()) || name.endsWith(e.getKey()) || e.getKey().endsWith(name)) {
				return e.getValue();
			}
		}
		return null;
	}

	private static ResponseLevel level(String text) {
		return switch (text) {
			case "Ⅰ", "I", "一" -> ResponseLevel.I;
			case "Ⅱ", "II", "二" -> ResponseLevel.II;
			case "Ⅲ", "III", "三" -> ResponseLevel.III;
			default -> ResponseLevel.IV;
		};
	}

	private static int minutes(String body) {
		Matcher m = MINUTES.matcher(body);
		if (!m.find()) {
			return 60;
		}
		int n = Integer.parseInt(m.group(1));
		return Math.max(1, Math.min(m.group(2).equals("小时") ? n * 60 : n, 30 * 24 * 60));
	}

}
