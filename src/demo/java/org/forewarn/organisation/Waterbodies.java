package org.forewarn.organisation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import org.forewarn.region.Placement;

/**
 * The demo city's 177 reservoirs and 119 rivers: real Shenzhen names first (the large
 * ones at their approximate real position), the rest generated from place-name syllables.
 * Every object is placed where the region module says the point lies, so its district and
 * street always contain its location. Deterministic for a seed and a region map.
 */
final class Waterbodies {

	static final int RESERVOIRS = 177;
	static final int RIVERS = 119;

	/** Where a point lies; {@code Regions::locate}. */
	interface Locator {

		Optional<Placement> locate(double latitude, double longitude);

	}

	/**
	 * A real name, with an approximate position where known (NaN: place it anywhere in
	 * the city).
	 */
	record Known(String name, String scale, double latitude, double longitude) {
		Known(String name, String scale) {
			this(name, scale, Double.NaN, Double.NaN);
		}
	}

	static final List<Known> RESERVOIR_NAMES = List.of(new Known("深圳水库", "MEDIUM", 22.573, 114.148),
			new Known("铁岗水库", "MEDIUM", 22.615, 113.885), new Known("石岩水库", "MEDIUM", 22.683, 113.925),
			new Known("西丽水库", "MEDIUM", 22.595, 113.955), new Known("清林径水库", "MEDIUM", 22.735, 114.215),
			new Known("公明水库", "MEDIUM", 22.790, 113.905), new Known("梅林水库", "MEDIUM", 22.572, 114.040),
			new Known("松子坑水库", "MEDIUM", 22.730, 114.320), new Known("三洲田水库", "MEDIUM", 22.625, 114.270),
			new Known("赤坳水库", "MEDIUM", 22.715, 114.380), new Known("罗田水库", "MEDIUM", 22.795, 113.870),
			new Known("长岭皮水库", "MEDIUM", 22.740, 113.985), new Known("鹅颈水库", "SMALL_I"), new Known("茜坑水库", "SMALL_I"),
			new Known("径心水库", "SMALL_I"), new Known("龙口水库", "SMALL_I"), new Known("铜锣径水库", "SMALL_I"),
			new Known("枫木浪水库", "SMALL_I"), new Known("炳坑水库", "SMALL_I"), new Known("打马坜水库", "SMALL_I"),
			new Known("红花岭水库", "SMALL_I"), new Known("洞梓水库", "SMALL_I"), new Known("大山陂水库", "SMALL_I"),
			new Known("苗坑水库", "SMALL_I"), new Known("岗头水库", "SMALL_I"), new Known("矶头山水库", "SMALL_I"),
			new Known("屋山水库", "SMALL_I"), new Known("长流陂水库", "SMALL_I"), new Known("石头河水库", "SMALL_I"),
			new Known("罗屋田水库", "SMALL_I"), new Known("牛湖水库", "SMALL_I"), new Known("獭湖水库", "SMALL_I"),
			new Known("黄竹坑水库", "SMALL_I"), new Known("樟坑径水库", "SMALL_I"));

	static final List<Known> RIVER_NAMES = List.of(new Known("深圳河", null, 22.535, 114.100),
			new Known("茅洲河", null, 22.760, 113.880), new Known("观澜河", null, 22.690, 114.050),
			new Known("龙岗河", null, 22.720, 114.270), new Known("坪山河", null, 22.700, 114.350),
			new Known("大沙河", null, 22.560, 113.950), new Known("福田河", null, 22.550, 114.070),
			new Known("布吉河", null, 22.570, 114.115), new Known("新洲河", null, 22.535, 114.040),
			new Known("西乡河", null, 22.590, 113.870), new Known("皇岗河", null), new Known("凤塘河", null),
			new Known("沙湾河", null), new Known("梧桐河", null), new Known("莲塘河", null), new Known("盐田河", null),
			new Known("王母河", null), new Known("葵涌河", null), new Known("东涌河", null), new Known("丁山河", null),
			new Known("石岩河", null), new Known("新圳河", null), new Known("双界河", null), new Known("楼村水", null),
			new Known("鹅颈水", null), new Known("东坑水", null), new Known("木墩河", null), new Known("玉田河", null),
			new Known("大浪河", null), new Known("坂田河", null), new Known("清水河", null), new Known("南约河", null),
			new Known("田坝水", null), new Known("赤坳水", null), new Known("汤坑水", null), new Known("碧岭水", null),
			new Known("黄沙河", null), new Known("小沙河", null));

	private static final String FIRST = "大小上下新老黄石龙马牛鹤松竹梅茶禾白红青龟鸡鹿狮凤虎桂枫杨莲横正沙水高";

	private static final String SECOND = "坑田岭湖坳径陂山头沥塘背围窝排坜坝湾洞岗";

	/**
	 * The main part of the city, where random positions are drawn (points outside every
	 * area are redrawn).
	 */
	static final double SOUTH = 22.45, NORTH = 22.86, WEST = 113.76, EAST = 114.62;

	private final Random random;

	private final Locator locator;

	private final Set<String> names = new HashSet<>();

	Waterbodies(long seed, Locator locator) {
		this.random = new Random(seed);
		this.locator = locator;
	}

	List<ManagedObject> generate() {
		List<ManagedObject> objects = new ArrayList<>(RESERVOIRS + RIVERS);
		for (int i = 0; i < RESERVOIRS; i++) {
			Known known = i < RESERVOIR_NAMES.size() ? RESERVOIR_NAMES.get(i)
					: new Known(inventName("水库"), i < 60 ? "SMALL_I" : "SMALL_II");
			names.add(known.name());
			Placed placed = place(known);
			BigDecimal floodLimit = metres(15 + random.nextDouble() * 110);
			BigDecimal design = floodLimit.add(metres(0.8 + random.nextDouble() * 3.5));
			objects.add(new ManagedObject("SK%04d".formatted(i + 1), ManagedObjectType.RESERVOIR, known.name(),
					known.scale(), placed.placement().district().code(), placed.placement().street().code(),
					placed.community(), placed.latitude(), placed.longitude(), floodLimit, design, null, null));
		}
		for (int i = 0; i < RIVERS; i++) {
			Known known = i < RIVER_NAMES.size() ? RIVER_NAMES.get(i)
					: new Known(inventName(random.nextInt(3) == 0 ? "水" : "河"), null);
			names.add(known.name());
			Placed placed = place(known);
			BigDecimal warning = metres(1.5 + random.nextDouble() * 10);
			BigDecimal guarantee = warning.add(metres(0.5 + random.nextDouble() * 2));
			objects.add(new ManagedObject("HL%04d".formatted(i + 1), ManagedObjectType.RIVER, known.name(), null,
					placed.placement().district().code(), placed.placement().street().code(), placed.community(),
					placed.latitude(), placed.longitude(), null, null, warning, guarantee));
		}
		return objects;
	}

	private record Placed(double latitude, double longitude, Placement placement) {
		String community() {
			return placement.community() == null ? null : placement.community().code();
		}
	}

	private Placed place(Known known) {
		if (!Double.isNaN(known.latitude())) {
			Optional<Placement> placement = locator.locate(known.latitude(), known.longitude());
			if (placement.isPresent() && placement.get().street() != null) {
				return new Placed(known.latitude(), known.longitude(), placement.get());
			}
		}
		for (int attempt = 0; attempt < 10_000; attempt++) {
			double latitude = round(SOUTH + random.nextDouble() * (NORTH - SOUTH));
			double longitude = round(WEST + random.nextDouble() * (EAST - WEST));
			Optional<Placement> placement = locator.locate(latitude, longitude);
			if (placement.isPresent() && placement.get().street() != null) {
				return new Placed(latitude, longitude, placement.get());
			}
		}
		throw new IllegalStateException("no street found for " + known.name() + ": is the region map loaded?");
	}

	private String inventName(String suffix) {
		while (true) {
			String name = "" + FIRST.charAt(random.nextInt(FIRST.length()))
					+ SECOND.charAt(random.nextInt(SECOND.length())) + suffix;
			if (names.add(name)) {
				return name;
			}
		}
	}

	private static BigDecimal metres(double value) {
		return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
	}

	private static double round(double degrees) {
		return Math.round(degrees * 1_000_000) / 1_000_000.0;
	}

}
