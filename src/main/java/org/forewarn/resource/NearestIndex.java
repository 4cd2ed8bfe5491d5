package org.forewarn.resource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * Where every dispatchable resource is, in the JVM, by type code and by kind: the
 * positions change only when a resource is added or moved, so they are cached and rebuilt
 * lazily after such a change, while availability (which every dispatch changes) stays in
 * the database and is checked for the closest candidates only. With ~11,000 rows a scan
 * of one type's positions (at most a few thousand) is a few microseconds; measured in
 * NearestBenchmark.
 */
@Component
class NearestIndex {

	/** The positions of one type (or kind), in parallel arrays for a tight scan. */
	record Bucket(UUID[] ids, ResourceKind[] kinds, double[] lat, double[] lon) {
	}

	private final Resources resources;

	private volatile Map<String, Bucket> buckets;

	NearestIndex(Resources resources) {
		this.resources = resources;
	}

	/** Forget the positions; the next query reads them again. */
	void invalidate() {
		buckets = null;
	}

	/**
	 * The ids of one type or kind ({@code null}: all), ordered by straight-line distance
	 * from the point.
	 */
	List<Candidate> closest(double latitude, double longitude, String typeOrKind, int wanted) {
		Bucket bucket = buckets().get(typeOrKind == null ? "*" : typeOrKind);
		if (bucket == null) {
			return List.of();
		}
		int n = bucket.ids().length;
		// equirectangular distances are enough to order candidates at city scale; exact
		// ones are computed for results
		double cos = Math.cos(Math.toRadians(latitude));
		double[] keys = new double[n];
		Integer[] order = new Integer[n];
		for (int i = 0; i < n; i++) {
			double dx = (bucket.lon()[i] - longitude) * cos;
			double dy = bucket.lat()[i] - latitude;
			keys[i] = dx * dx + dy * dy;
			order[i] = i;
		}
		int k = Math.min(wanted, n);
		List<Candidate> result = new ArrayList<>(k);
		if (k * 8 < n) {
			// partial selection: a bounded max-heap of the k closest
			java.util.PriorityQueue<Integer> heap = new java.util.PriorityQueue<>(k + 1,
					(a, b) -> Double.compare(keys[b], keys[a]));
			for (int i = 0; i < n; i++) {
				if (heap.size() < k) {
					heap.add(i);
				}
				else if (keys[i] < keys[heap.peek()]) {
					heap.poll();
					heap.add(i);
				}
			}
			Integer[] chosen = heap.toArray(Integer[]::new);
			Arrays.sort(chosen, (a, b) -> Double.compare(keys[a], keys[b]));
			for (int i : chosen) {
				result.add(new Candidate(bucket.ids()[i], bucket.kinds()[i]));
			}
		}
		else {
			Arrays.sort(order, (a, b) -> Double.compare(keys[a], keys[b]));
			for (int i = 0; i < k; i++) {
				result.add(new Candidate(bucket.ids()[order[i]], bucket.kinds()[order[i]]));
			}
		}
		return result;
	}

	/** How many positions a type or kind has ({@code null}: all). */
	int size(String typeOrKind) {
		Bucket bucket = buckets().get(typeOrKind == null ? "*" : typeOrKind);
		return bucket == null ? 0 : bucket.ids().length;
	}

	record Candidate(UUID id, ResourceKind kind) {
	}

	private Map<String, Bucket> buckets() {
		Map<String, Bucket> current = buckets;
		if (current == null) {
			synchronized (this) {
				current = buckets;
				if (current == null) {
					current = build(resources.positions());
					buckets = current;
				}
			}
		}
		return current;
	}

	static Map<String, Bucket> build(List<Resources.Position> positions) {
		Map<String, List<Resources.Position>> groups = new HashMap<>();
		for (Resources.Position p : positions) {
			groups.computeIfAbsent(p.typeCode(), k -> new ArrayList<>()).add(p);
			groups.computeIfAbsent(p.kind().name(), k -> new ArrayList<>()).add(p);
			groups.computeIfAbsent("*", k -> new ArrayList<>()).add(p);
		}
		Map<String, Bucket> built = new HashMap<>();
		groups.forEach((key, list) -> {
			int n = list.size();
			UUID[] ids = new UUID[n];
			ResourceKind[] kinds = new ResourceKind[n];
			double[] lat = new double[n];
			double[] lon = new double[n];
			for (int i = 0; i < n; i++) {
				ids[i] = list.get(i).id();
				kinds[i] = list.get(i).kind();
				lat[i] = list.get(i).latitude();
				lon[i] = list.get(i).longitude();
			}
			built.put(key, new Bucket(ids, kinds, lat, lon));
		});
		return Map.copyOf(built);
	}

}
