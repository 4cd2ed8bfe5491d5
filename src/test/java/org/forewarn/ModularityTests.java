package org.forewarn;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.DependencyType;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The architecture is a test: modules, their allowed dependencies and no reaching into
 * internals. Each module's {@code package-info.java} declares
 * {@code allowedDependencies}, so {@link ApplicationModules#verify()} fails on any
 * dependency the contract does not name, not only on cycles and internal types.
 */
class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(ForewarnApplication.class);

	static final Path DOCS = Path.of("target", "spring-modulith-docs");

	static final Path MAP = Path.of("docs", "modules", "README.md");

	static final Path GENERATED_MAP = Path.of("target", "module-map.md");

	static final Path DIAGRAM = Path.of("docs", "modules", "components.puml");

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	void everyBusinessCapabilityIsAModule() {
		assertThat(modules.stream().map(m -> m.getIdentifier().toString())).contains("platform", "audit", "identity",
				"region", "organisation", "hazard", "monitoring", "warning", "notification", "incident", "plan",
				"resource", "enterprise", "enforcement");
	}

	/**
	 * Without the attribute Spring Modulith allows every dependency, and a new module
	 * would escape the contract.
	 */
	@Test
	void everyModuleDeclaresTheModulesItMayUse() {
		modules.forEach(module -> {
			ApplicationModule contract = packageAnnotation(module.getBasePackage().getName());
			assertThat(contract).as("@ApplicationModule on %s", module.getIdentifier()).isNotNull();
			assertThat(contract.allowedDependencies()).as("allowedDependencies of %s", module.getIdentifier())
				.doesNotContain(ApplicationModule.OPEN_TOKEN);
		});
	}

	/**
	 * The Spring Modulith documentation (C4 component diagrams in PlantUML, one canvas
	 * per module) is written on every test run; its overview, the module graph with the
	 * kind of every arrow, is committed as {@code docs/modules/components.puml}, so a
	 * reader (and a review of a change) sees it without building, and this test fails
	 * when the code's graph and the committed diagram differ.
	 */
	@Test
	void writesModuleDocumentationEqualToTheCommittedDiagram() throws IOException {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder(DOCS.toString())).writeDocumentation();

		String overview = Files.readString(DOCS.resolve("components.puml"));
		modules.forEach(module -> {
			String id = module.getIdentifier().toString();
			assertThat(overview).as("overview diagram").contains(module.getDisplayName());
			assertThat(DOCS.resolve("module-" + id + ".puml")).as("component diagram of %s", id).isNotEmptyFile();
			assertThat(DOCS.resolve("module-" + id + ".adoc")).as("canvas of %s", id).isNotEmptyFile();
		});
		assertThat(DIAGRAM).as("docs/modules/components.puml").exists();
		// the Documenter may list modules and arrows in another order from run to run:
		// compared line by line, sorted
		assertThat(Files.readString(DIAGRAM).lines().sorted().toList())
			.as("docs/modules/components.puml is out of date: copy %s over it (it was just generated)",
					DOCS.resolve("components.puml"))
			.isEqualTo(overview.lines().sorted().toList());
	}

	/**
	 * A reader sees the graph without building: {@code docs/modules/README.md} is this
	 * test's output, and the test fails when a dependency, an allowed dependency or an
	 * event listened to changed without the map being regenerated.
	 */
	@Test
	void committedModuleMapMatchesTheCode() throws IOException {
		String map = moduleMap();
		Files.createDirectories(GENERATED_MAP.getParent());
		Files.writeString(GENERATED_MAP, map);

		assertThat(MAP).as("docs/modules/README.md").exists();
		assertThat(Files.readString(MAP))
			.as("docs/modules/README.md is out of date: copy %s over it (it was just generated)", GENERATED_MAP)
			.isEqualTo(map);
	}

	static String moduleMap() {
		List<org.springframework.modulith.core.ApplicationModule> sorted = modules.stream()
			.sorted(Comparator.comparing(m -> m.getIdentifier().toString()))
			.toList();
		StringBuilder graph = new StringBuilder();
		StringBuilder table = new StringBuilder();
		for (var module : sorted) {
			String id = module.getIdentifier().toString();
			graph.append("  ").append(id).append("[").append(module.getDisplayName()).append("]\n");
			TreeMap<String, Set<DependencyType>> targets = new TreeMap<>();
			module.getDirectDependencies(modules)
				.stream()
				.forEach(dependency -> targets
					.computeIfAbsent(dependency.getTargetModule().getIdentifier().toString(), t -> new TreeSet<>())
					.add(dependency.getDependencyType()));
			targets.forEach((target, types) -> {
				if (target.equals("platform")) {
					return;
				}
				boolean listens = types.contains(DependencyType.EVENT_LISTENER);
				boolean uses = types.stream().anyMatch(type -> type != DependencyType.EVENT_LISTENER);
				String arrow = !listens ? " --> " : uses ? " -- uses, listens to --> " : " -. listens to .-> ";
				graph.append("  ").append(id).append(arrow).append(target).append("\n");
			});
			String listensTo = module.getDirectDependencies(modules, DependencyType.EVENT_LISTENER)
				.stream()
				.map(dependency -> "`" + dependency.getTargetType().getSimpleName() + "` ("
						+ dependency.getTargetModule().getIdentifier() + ")")
				.sorted()
				.distinct()
				.collect(Collectors.joining(", "));
			table.append("| ")
				.append(id)
				.append(" | ")
				.append(allowed(module.getBasePackage().getName()))
				.append(" | ")
				.append(listensTo)
				.append(" |\n");
		}
		return """
				# Modules

				Generated by `ModularityTests` from the code; do not edit by hand. When that test reports this page out of
				date, copy `target/module-map.md` over it. The same run writes the Spring Modulith documentation (C4
				component diagrams in PlantUML and one canvas per module) to `target/spring-modulith-docs`.

				A module may use only the modules listed in `allowedDependencies` of its `package-info.java`
				(`ModularityTests` fails on any other dependency). Every module uses `platform` (open: the caller, the
				jurisdiction, problem details); those arrows are left out of the graph.

				```mermaid
				flowchart TD
				%s```

				| Module | May use (`allowedDependencies`) | Listens to (event, owner) |
				|---|---|---|
				%s"""
			.formatted(graph, table);
	}

	private static String allowed(String basePackage) {
		String[] allowed = packageAnnotation(basePackage).allowedDependencies();
		return allowed.length == 0 ? "(none)" : String.join(", ", allowed);
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
