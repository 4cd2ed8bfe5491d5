package org.forewarn;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/** The architecture is a test: modules, their allowed dependencies and no reaching into internals. */
class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(ForewarnApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	void everyBusinessCapabilityIsAModule() {
		assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
			.contains("platform", "audit", "identity", "region", "organisation", "hazard", "monitoring", "warning", "enterprise", "enforcement",
					"notification");
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}
}
