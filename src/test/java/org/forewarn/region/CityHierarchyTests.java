package org.forewarn.region;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CityHierarchyTests {

	@Test
	void buildsShenzhenWithDapengAndShenshanAsDistrictLevelAreas() {
		List<Area> areas = CityHierarchy.of("440300");
		assertThat(areas.get(0)).extracting(Area::code, Area::name).containsExactly("440300", "深圳市");
		assertThat(areas).filteredOn(a -> a.level() == RegionLevel.DISTRICT).hasSize(11);
		assertThat(areas).filteredOn(a -> a.parentCode() != null && a.parentCode().equals("440391"))
			.extracting(Area::name)
			.containsExactly("葵涌街道", "大鹏街道", "南澳街道");
		assertThat(areas).filteredOn(a -> "440392".equals(a.parentCode()))
			.extracting(Area::name)
			.containsExactly("小漠镇", "鹅埠镇", "赤石镇", "鮜门镇");
		assertThat(areas).filteredOn(a -> a.level() == RegionLevel.STREET).hasSize(79 + 4);
		assertThat(areas).filteredOn(a -> a.level() == RegionLevel.COMMUNITY).hasSize(788 + 39);
		assertThat(areas).filteredOn(a -> "440307".equals(a.parentCode())).hasSize(11);
	}

	@Test
	void buildsAnyPrefectureLevelCityIncludingMunicipalities() {
		List<Area> beijing = CityHierarchy.of("110100");
		assertThat(beijing.get(0).name()).isEqualTo("北京市");
		assertThat(beijing).filteredOn(a -> a.level() == RegionLevel.DISTRICT).hasSize(16);
		assertThat(beijing).filteredOn(a -> a.level() == RegionLevel.COMMUNITY).isEmpty();
	}

	@Test
	void listsParentsBeforeChildren() {
		List<Area> areas = CityHierarchy.of("440300");
		for (int i = 0; i < areas.size(); i++) {
			String parent = areas.get(i).parentCode();
			if (parent != null) {
				assertThat(areas.subList(0, i)).extracting(Area::code).contains(parent);
			}
		}
	}

	@Test
	void refusesCodesThatAreNotPrefectureLevelCities() {
		assertThatIllegalArgumentException().isThrownBy(() -> CityHierarchy.of("440304"))
			.withMessageContaining("ending in 00");
		assertThatIllegalArgumentException().isThrownBy(() -> CityHierarchy.of("449900"))
			.withMessageContaining("not a prefecture-level city");
		assertThatIllegalArgumentException().isThrownBy(() -> CityHierarchy.of("419000"))
			.withMessageContaining("not a prefecture-level city");
		assertThatIllegalArgumentException().isThrownBy(() -> CityHierarchy.of(null));
	}

}
