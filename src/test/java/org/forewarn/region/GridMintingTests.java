package org.forewarn.region;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class GridMintingTests {

	static final Area COMMUNITY = Area.of("440304001001", "大塘龙社区居民委员会", RegionLevel.COMMUNITY, "440304001");
	static final Area STREET = Area.of("440103001", "沙面街道", RegionLevel.STREET, "440103");

	@Test
	void mintsGridCodesAsTheCommunityCodeAndAThreeDigitSequence() {
		assertThat(GridMinting.code(COMMUNITY, 1)).isEqualTo("440304001001001");
		assertThat(GridMinting.code(COMMUNITY, 42)).isEqualTo("440304001001042");
	}

	@Test
	void mintsGridsUnderAStreetWithTheUnusedCommunityPart000() {
		assertThat(GridMinting.code(STREET, 3)).isEqualTo("440103001000003").hasSize(15);
	}

	@Test
	void refusesSequencesThatDoNotFitAndParentsAboveStreets() {
		assertThatIllegalArgumentException().isThrownBy(() -> GridMinting.code(COMMUNITY, 1000));
		assertThatIllegalArgumentException().isThrownBy(() -> GridMinting.code(COMMUNITY, 0));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> GridMinting.code(Area.of("440304", "福田区", RegionLevel.DISTRICT, "440300"), 1));
	}

	@Test
	void sizesTheNumberOfGridsByAreaWithinBounds() {
		assertThat(GridMinting.count(0.2)).isEqualTo(GridMinting.MIN_GRIDS);
		assertThat(GridMinting.count(5.0)).isEqualTo(10);
		assertThat(GridMinting.count(500)).isEqualTo(GridMinting.MAX_GRIDS);
		assertThat(GridMinting.count(0)).as("no boundary").isEqualTo(GridMinting.GRIDS_WITHOUT_BOUNDARY);
	}

	@Test
	void namesGridsAfterTheShortNameOfTheirParent() {
		assertThat(GridMinting.name(COMMUNITY, 2)).isEqualTo("大塘龙社区第2网格");
		assertThat(GridMinting.name(Area.of("441521102201", "旺渔村民委员会", RegionLevel.COMMUNITY, "441521102"), 1))
			.isEqualTo("旺渔村第1网格");
		assertThat(GridMinting.name(STREET, 4)).isEqualTo("沙面街道第4网格");
	}

}
