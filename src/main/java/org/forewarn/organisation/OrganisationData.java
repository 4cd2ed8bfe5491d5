package org.forewarn.organisation;

import java.util.List;

import org.forewarn.platform.StartupNote;
import org.forewarn.region.Regions;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the organisation chart (departments, committees, command centres) at every
 * start-up, demo or not, since other modules route work to its departments. Idempotent:
 * rows have natural keys and are inserted with {@code on conflict do nothing}. The demo
 * people, reservoirs and rivers are {@code OrganisationDemoData}'s, which runs right
 * after this (order 51).
 */
@Component
@Order(50)
class OrganisationData implements ApplicationRunner, StartupNote {

	private final Regions regions;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private String note = "";

	OrganisationData(Regions regions, JdbcTemplate jdbc, TransactionTemplate transactions) {
		this.regions = regions;
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) {
		OrganisationChart chart = chart();
		transactions.executeWithoutResult(status -> insertChart(chart));
		note = " Organisation: %d departments, %d committees, %d command centres".formatted(chart.departments.size(),
				chart.committees.size(), chart.commandCentres.size());
	}

	OrganisationChart chart() {
		return new OrganisationChart(regions.city(), regions.children(regions.city().code()));
	}

	private void insertChart(OrganisationChart chart) {
		jdbc.batchUpdate("""
				insert into department (code, abbreviation, name, level, region_code, kind, parent_code)
				values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""", chart.departments, 500, (ps, d) -> {
			ps.setString(1, d.code());
			ps.setString(2, d.abbreviation());
			ps.setString(3, d.name());
			ps.setString(4, d.level().name());
			ps.setString(5, d.regionCode());
			ps.setString(6, d.kind().name());
			ps.setString(7, d.parentCode());
		});
		jdbc.batchUpdate("""
				insert into committee (code, kind, name, level, region_code, office_department_code)
				values (?, ?, ?, ?, ?, ?) on conflict do nothing""", chart.committees, 500, (ps, c) -> {
			ps.setString(1, c.code());
			ps.setString(2, c.kind().name());
			ps.setString(3, c.name());
			ps.setString(4, c.level().name());
			ps.setString(5, c.regionCode());
			ps.setString(6, c.officeDepartmentCode());
		});
		List<String[]> members = chart.committees.stream()
			.flatMap(c -> c.members().stream().map(m -> new String[] { c.code(), m.departmentCode(), m.position() }))
			.toList();
		jdbc.batchUpdate("""
				insert into committee_member (committee_code, department_code, position) values (?, ?, ?)
				on conflict do nothing""", members, 1000, (ps, m) -> {
			ps.setString(1, m[0]);
			ps.setString(2, m[1]);
			ps.setString(3, m[2]);
		});
		jdbc.batchUpdate("""
				insert into command_centre (code, name, tier, sector, region_code, department_code)
				values (?, ?, ?, ?, ?, ?) on conflict do nothing""", chart.commandCentres, 100, (ps, c) -> {
			ps.setString(1, c.code());
			ps.setString(2, c.name());
			ps.setString(3, c.tier().name());
			ps.setString(4, c.sector());
			ps.setString(5, c.regionCode());
			ps.setString(6, c.departmentCode());
		});
	}

	@Override
	public String text() {
		return note;
	}

}
