package org.forewarn;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * springdoc names a schema by the simple class name, so two different records both called
 * {@code Profile} (or {@code Move}, {@code Row}, {@code Page}) in different controllers
 * collapse silently into one schema: the API document then describes one endpoint's body
 * with another's fields, and the console's generated types are wrong. Every type
 * reachable from a controller's request bodies and answers must therefore have a name of
 * its own.
 */
class SchemaNameTests {

	@Test
	void everyTypeInTheApiHasANameOfItsOwn() {
		Map<String, Set<String>> byName = new TreeMap<>();
		Set<Class<?>> seen = new HashSet<>();
		for (JavaClass controller : new ClassFileImporter()
			.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("org.forewarn")) {
			if (!controller.isAnnotatedWith(RestController.class)) {
				continue;
			}
			for (Method method : controller.reflect().getDeclaredMethods()) {
				if (method.isSynthetic() || method.isBridge()) {
					continue;
				}
				List<Type> types = new ArrayList<>();
				types.add(method.getGenericReturnType());
				for (int i = 0; i < method.getParameterCount(); i++) {
					if (method.getParameters()[i].isAnnotationPresent(RequestBody.class)) {
						types.add(method.getGenericParameterTypes()[i]);
					}
				}
				types.forEach(type -> collect(type, seen, byName));
			}
		}
		Map<String, Set<String>> clashes = new TreeMap<>();
		byName.forEach((name, classes) -> {
			if (classes.size() > 1) {
				clashes.put(name, classes);
			}
		});
		assertThat(clashes).as("schema names used by more than one type (rename the records so each is unique)")
			.isEmpty();
	}

	private static void collect(Type type, Set<Class<?>> seen, Map<String, Set<String>> byName) {
		if (type instanceof ParameterizedType parameterized) {
			collect(parameterized.getRawType(), seen, byName);
			for (Type argument : parameterized.getActualTypeArguments()) {
				collect(argument, seen, byName);
			}
			return;
		}
		if (type instanceof WildcardType wildcard) {
			for (Type bound : wildcard.getUpperBounds()) {
				collect(bound, seen, byName);
			}
			return;
		}
		if (!(type instanceof Class<?> clazz)) {
			return;
		}
		if (clazz.isArray()) {
			collect(clazz.getComponentType(), seen, byName);
			return;
		}
		if (!clazz.getName().startsWith("org.forewarn.") || !seen.add(clazz)) {
			return;
		}
		byName.computeIfAbsent(clazz.getSimpleName(), n -> new TreeSet<>()).add(clazz.getName());
		if (clazz.isRecord()) {
			for (RecordComponent component : clazz.getRecordComponents()) {
				collect(component.getGenericType(), seen, byName);
			}
		}
		if (clazz.isSealed()) {
			for (Class<?> permitted : clazz.getPermittedSubclasses()) {
				collect(permitted, seen, byName);
			}
		}
	}

}
