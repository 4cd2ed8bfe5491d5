package org.forewarn.region;

/**
 * How grids (网格) are minted — there is no national grid code (see ADR 0002). A grid's
 * code is its parent's code followed by a 3-digit sequence:
 * {@code <12-digit community><001..>} under a community, or
 * {@code <9-digit street>000<001..>} under a street that has no communities in the data
 * (other cities); the "000" community part is never used by a real community, so grid
 * codes are always 15 digits and never collide. The number of grids follows the parent's
 * area, about one grid per {@value #KM2_PER_GRID} km².
 */
final class GridMinting {

	static final double KM2_PER_GRID = 0.5;
	static final int MIN_GRIDS = 3;
	static final int MAX_GRIDS = 40;

	/** Without a boundary there is no area to size by. */
	static final int GRIDS_WITHOUT_BOUNDARY = 4;

	private GridMinting() {
	}

	static int count(double squareKilometres) {
		if (squareKilometres <= 0) {
			return GRIDS_WITHOUT_BOUNDARY;
		}
		return (int) Math.max(MIN_GRIDS, Math.min(MAX_GRIDS, Math.round(squareKilometres / KM2_PER_GRID)));
	}

	static String code(Area parent, int sequence) {
		if (sequence < 1 || sequence > 999) {
			throw new IllegalArgumentException("grid sequence must be 1..999, was " + sequence);
		}
		return switch (parent.level()) {
			case COMMUNITY -> parent.code() + "%03d".formatted(sequence);
			case STREET -> parent.code() + "000" + "%03d".formatted(sequence);
			default -> throw new IllegalArgumentException(
					"grids are minted under communities or streets, not " + parent.level());
		};
	}

	static String name(Area parent, int sequence) {
		return shortName(parent.name()) + "第" + sequence + "网格";
	}

	/** "大塘龙社区居民委员会" → "大塘龙社区", "旺渔村民委员会" → "旺渔村". */
	static String shortName(String name) {
		if (name.endsWith("社区居民委员会")) {
			return name.substring(0, name.length() - "居民委员会".length());
		}
		if (name.endsWith("居民委员会")) {
			return name.substring(0, name.length() - "居民委员会".length()) + "社区";
		}
		if (name.endsWith("村民委员会")) {
			return name.substring(0, name.length() - "民委员会".length());
		}
		return name;
	}

}
