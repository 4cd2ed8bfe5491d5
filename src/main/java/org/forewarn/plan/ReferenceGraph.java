package org.forewarn.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The references between plans (a district plan under the city plan) and the rule that
 * they never form a cycle.
 */
final class ReferenceGraph {

	private final Map<String, Set<String>> edges = new HashMap<>();

	ReferenceGraph(Map<String, ? extends Iterable<String>> edges) {
		edges.forEach(
				(from, tos) -> tos.forEach(to -> this.edges.computeIfAbsent(from, k -> new LinkedHashSet<>()).add(to)));
	}

	/** The graph with {@code from}'s references replaced by {@code to}. */
	ReferenceGraph with(String from, Set<String> to) {
		Map<String, Set<String>> copy = new HashMap<>(edges);
		copy.put(from, new LinkedHashSet<>(to));
		return new ReferenceGraph(copy);
	}

	/** A cycle through {@code start} (start … start), if there is one. */
	Optional<List<String>> cycleThrough(String start) {
		List<String> path = new ArrayList<>();
		path.add(start);
		return walk(start, start, path, new HashSet<>());
	}

	private Optional<List<String>> walk(String start, String at, List<String> path, Set<String> seen) {
		for (String next : edges.getOrDefault(at, Set.of())) {
			if (next.equals(start)) {
				List<String> cycle = new ArrayList<>(path);
				cycle.add(start);
				return Optional.of(cycle);
			}
			if (seen.add(next)) {
				path.add(next);
				Optional<List<String>> found = walk(start, next, path, seen);
				if (found.isPresent()) {
					return found;
				}
				path.removeLast();
			}
		}
		return Optional.empty();
	}

}
