package org.forewarn;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module interior recipe (docs/module-recipe.md, ADR 0016), as far as a machine can
 * check it: HTTP stays at the web edge, controllers neither run SQL nor open
 * transactions, repositories have one naming style, and demo data is off the production
 * path.
 */
class InteriorRecipeTests {

	static final JavaClasses MAIN = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.forewarn");

	/**
	 * The web edge: controllers, their advice, and the platform's HTTP plumbing (filters,
	 * security, the mapping).
	 */
	static final DescribedPredicate<JavaClass> WEB_EDGE = new DescribedPredicate<>("at the web edge") {
		@Override
		public boolean test(JavaClass c) {
			JavaClass top = c.isNestedClass() || c.isAnonymousClass() ? outermost(c) : c;
			return top.isAnnotatedWith(RestController.class) || top.isAnnotatedWith(RestControllerAdvice.class)
					|| top.isAnnotatedWith(ControllerAdvice.class) || top.getSimpleName().endsWith("Controller")
					|| top.getSimpleName().endsWith("Problems") || top.getSimpleName().endsWith("Filter")
					|| top.getSimpleName().endsWith("Check")
					|| List
						.of("ProblemDetailsAdvice", "RefusalStatus", "SecurityConfiguration", "ConsoleHosting",
								"RequestSizeLimit", "JsonInputPolicy", "InputPolicyConfiguration")
						.contains(top.getSimpleName());
		}
	};

	static JavaClass outermost(JavaClass c) {
		JavaClass top = c;
		while (top.getEnclosingClass().isPresent()) {
			top = top.getEnclosingClass().get();
		}
		return top;
	}

	@Test
	void onlyTheWebEdgeNamesAnHttpStatus() {
		ArchRule rule = noClasses().that(DescribedPredicate.not(WEB_EDGE))
			.should()
			.dependOnClassesThat()
			.haveFullyQualifiedName("org.springframework.http.HttpStatus")
			.because("modules name a platform.Refusal; the web edge alone chooses the status code");
		rule.check(MAIN);
	}

	@Test
	void controllersRunNoSql() {
		classes().that()
			.areAnnotatedWith(RestController.class)
			.should()
			.onlyDependOnClassesThat(DescribedPredicate
				.not(com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo(JdbcClient.class)))
			.because("SQL belongs in the module's repositories and read models")
			.check(MAIN);
	}

	@Test
	void controllersOpenNoTransactions() {
		noClasses().that()
			.areAnnotatedWith(RestController.class)
			.should()
			.beAnnotatedWith(Transactional.class)
			.check(MAIN);
		noMethods().that()
			.areDeclaredInClassesThat()
			.areAnnotatedWith(RestController.class)
			.should()
			.beAnnotatedWith(Transactional.class)
			.because("a desk owns the transaction of a move")
			.check(MAIN);
	}

	@Test
	void repositoriesHaveOneNamingStyle() {
		noClasses().that()
			.haveSimpleNameEndingWith("Store")
			.or()
			.haveSimpleNameStartingWith("Stored")
			.or()
			.haveSimpleNameEndingWith("Directory")
			.or()
			.haveSimpleNameEndingWith("Registry")
			.should()
			.dependOnClassesThat()
			.areAssignableTo(JdbcClient.class)
			.because("a repository is named as the plural of what it keeps (docs/module-recipe.md)")
			.check(MAIN);
	}

	/** The classes compiled from src/demo/java, by their fully qualified name. */
	static Set<String> demoClasses() throws IOException {
		Path root = Path.of("src", "demo", "java");
		try (Stream<Path> files = Files.walk(root)) {
			return files.filter(f -> f.toString().endsWith(".java"))
				.map(f -> root.relativize(f)
					.toString()
					.replace(java.io.File.separatorChar, '.')
					.replaceAll("\\.java$", ""))
				.collect(Collectors.toSet());
		}
	}

	@Test
	void productionCodeNeverReachesForDemoData() throws IOException {
		Set<String> demo = demoClasses();
		DescribedPredicate<JavaClass> inDemo = new DescribedPredicate<>("compiled from src/demo/java") {
			@Override
			public boolean test(JavaClass c) {
				return demo.contains(outermost(c).getName());
			}
		};
		assertThat(demo).as("the demo source tree").isNotEmpty();
		noClasses().that(DescribedPredicate.not(inDemo))
			.should()
			.dependOnClassesThat(inDemo)
			.because("demo data is off the production path (docs/module-recipe.md)")
			.check(MAIN);
	}

	@Test
	void demoDataLivesInItsOwnSourceTree() throws IOException {
		try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
			assertThat(files.map(Path::toString).filter(f -> f.endsWith("DemoData.java")))
				.as("demo data belongs in src/demo/java")
				.isEmpty();
		}
		assertThat(demoClasses()).as("every module's demo loader is named *DemoData")
			.anyMatch(c -> c.endsWith("DemoData"));
	}

}
