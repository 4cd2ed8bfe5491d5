package org.forewarn.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ReferenceGraphTests {

	@Test
	void findsTheCycleAReferenceWouldClose() {
		ReferenceGraph graph = new ReferenceGraph(Map.of("district", List.of("city"), "city", List.of("national")));
		assertThat(graph.with("national", Set.of("district")).cycleThrough("national"))
			.contains(List.of("national", "district", "city", "national"));
	}

	@Test
	void acceptsATreeOfPlansAndSharedChildren() {
		ReferenceGraph graph = new ReferenceGraph(
				Map.of("a", List.of("city"), "b", List.of("city"), "c", List.of("a", "b")));
		assertThat(graph.cycleThrough("c")).isEmpty();
		assertThat(graph.with("city", Set.of()).cycleThrough("city")).isEmpty();
	}

	@Test
	void refusesAPlanReferencingItself() {
		assertThat(new ReferenceGraph(Map.of()).with("a", Set.of("a")).cycleThrough("a")).contains(List.of("a", "a"));
	}

}
