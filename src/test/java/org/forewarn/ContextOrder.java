package org.forewarn;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Set;

import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;
import org.junit.jupiter.api.Order;

import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.annotation.MergedAnnotations.SearchStrategy;
import org.springframework.test.context.BootstrapWith;

/**
 * The order of the test classes (set in {@code junit-platform.properties}): classes that
 * share a Spring context run next to each other, so that with a context cache of one
 * ({@code spring.properties}) a context is closed — its embedded PostgreSQL, broker and
 * sweeps stopped — as soon as the next one starts, instead of idling on the two cores
 * until the JVM ends. In turn:
 * <ol>
 * <li>plain unit tests (no Spring), fastest feedback first;</li>
 * <li>tests that start platforms themselves (child JVMs,
 * {@code SpringApplicationBuilder}), while no cached context runs beside them;</li>
 * <li>slices and module tests, each with its own small context;</li>
 * <li>the {@link PlatformIntegrationTest} classes, which share one context: first those
 * with exactly the annotation, then any that change the context (their own properties or
 * beans), then — by {@link Order} — the ones that must run last in it
 * ({@link ApiRobustnessTests} changes data on purpose).</li>
 * </ol>
 * Within a group, by class name, so a run is repeatable.
 */
public class ContextOrder implements ClassOrderer {

	/** Annotations of a platform test class that do not change its context. */
	static final Set<String> NEUTRAL = Set.of(PlatformIntegrationTest.class.getName(), Order.class.getName(),
			"org.junit.jupiter.api.TestInstance", "org.junit.jupiter.api.DisplayName", "org.junit.jupiter.api.Tag",
			"org.junit.jupiter.api.TestMethodOrder", "org.springframework.test.context.event.RecordApplicationEvents");

	@Override
	public void orderClasses(ClassOrdererContext context) {
		context.getClassDescriptors()
			.sort(Comparator.comparingInt((ClassDescriptor d) -> group(d.getTestClass()))
				.thenComparingInt(d -> d.findAnnotation(Order.class).map(Order::value).orElse(Order.DEFAULT))
				.thenComparing(d -> d.getTestClass().getName()));
	}

	static int group(Class<?> type) {
		MergedAnnotations annotations = MergedAnnotations.from(type, SearchStrategy.TYPE_HIERARCHY);
		if (annotations.isPresent(PlatformIntegrationTest.class)) {
			return changesTheSharedContext(type) ? 4 : 3;
		}
		if (annotations.isPresent(BootstrapWith.class)) {
			return 2;
		}
		return type.getSimpleName().endsWith("IntegrationTests") ? 1 : 0;
	}

	/**
	 * Own annotations beyond {@link PlatformIntegrationTest}, or overridden beans: a
	 * context of its own.
	 */
	static boolean changesTheSharedContext(Class<?> type) {
		boolean annotated = Arrays.stream(type.getDeclaredAnnotations())
			.map(Annotation::annotationType)
			.anyMatch(annotation -> !NEUTRAL.contains(annotation.getName()));
		boolean overrides = false;
		for (Field field : type.getDeclaredFields()) {
			overrides |= Arrays.stream(field.getDeclaredAnnotations())
				.anyMatch(
						a -> a.annotationType().getName().startsWith("org.springframework.test.context.bean.override"));
		}
		return annotated || overrides;
	}

}
