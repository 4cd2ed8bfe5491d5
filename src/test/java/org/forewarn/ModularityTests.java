package org.forewarn;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The architecture is a test: modules, their allowed dependencies and no reaching into internals. Each module's
 * {@code package-info.java} declares {@code allowedDependencies}, so {@link ApplicationModules#verify()} fails on any
 * dependency the contract does not name, not only on cycles and internal types.
 */
class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(ForewarnApplication.class);

	static final Path DOCS = Path.of("target", "spring-modulith-docs");

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	void everyBusinessCapabilityIsAModule() {
		assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
			.contains("platform", "audit", "identity", "region", "organisation", "hazard", "monitoring", "warning",
					"notification", "incident", "plan", "resource", "enterprise", "enforcement");
	}

	/** Without the attribute Spring Modulith allows every dependency, and a new module would escape the contract. */
	@Test
	void everyModuleDeclaresTheModulesItMayUse() {
		modules.forEach(module -> {
			ApplicationModule contract = packageAnnotation(module.getBasePackage().getName());
			assertThat(contract).as("@ApplicationModule on %s", module.getIdentifier()).isNotNull();
			assertThat(contract.allowedDependencies()).as("allowedDependencies of %s", module.getIdentifier())
				.doesNotContain(ApplicationModule.OPEN_TOKEN);
		});
	}

	@Test
	void writesModuleDocumentationNamingEveryModule() throws IOException {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder(DOCS.toString())).writeDocumentation();

		String overview = Files.readString(DOCS.resolve("components.puml"));
		modules.forEach(module -> {
			String id = module.getIdentifier().toString();
			assertThat(overview).as("overview diagram").contains(module.getDisplayName());
			assertThat(DOCS.resolve("module-" + id + ".puml")).as("component diagram of %s", id).isNotEmptyFile();
			assertThat(DOCS.resolve("module-" + id + ".adoc")).as("canvas of %s", id).isNotEmptyFile();
		});
		assertThat(Files.readString(DOCS.resolve("module-enforcement.puml"))).contains("Enterprise");
	}

	private static ApplicationModule packageAnnotation(String basePackage) {
		try {
			return Class.forName(basePackage + ".package-info").getAnnotation(ApplicationModule.class);
		}
		catch (ClassNotFoundException ex) {
			return null;
		}
	}

}
