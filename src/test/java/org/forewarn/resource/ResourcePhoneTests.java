package org.forewarn.resource;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResourcePhoneTests {

	@Test
	void masksAMobileNumberWhateverItsStoredFormat() {
		assertThat(Resource.mask("13812345678")).isEqualTo("138****5678");
		assertThat(Resource.mask("+86 138-1234-5678")).isEqualTo("138****5678");
		assertThat(Resource.mask("+8613812345678")).isEqualTo("138****5678");
		assertThat(Resource.mask("138 1234 5678")).isEqualTo("138****5678");
	}

	@Test
	void neverShowsAShortNumberOrALandlineWhole() {
		// the old mask kept three and four characters of anything of seven or more:
		// 1234567 came out whole
		assertThat(Resource.mask("1234567")).isEqualTo("*****67");
		assertThat(Resource.mask("83451234")).isEqualTo("****1234");
		assertThat(Resource.mask("0755-83451234")).isEqualTo("075*****1234");
		assertThat(Resource.mask("12345")).isEqualTo("***45");
		assertThat(Resource.mask("110")).isEqualTo("****");
		assertThat(Resource.mask(null)).isNull();
	}

	@Test
	void masksNumbersWrittenIntoTheDetailsButNotOtherFigures() {
		Resource r = new Resource(null, ResourceKind.TEAM, "TEAM_FLOOD", "测试队", null, "440304", "440304-YJ", 22.5,
				114.0, 30, "人", null, null, "AVAILABLE", null,
				"队长王伟 13812345678，值班室 0755-83451234，备用 +86 139 1234 5678；冲锋舟2艘、沙袋2000个，编号 20261207123", 0);
		assertThat(r.maskedDetails()).doesNotContain("13812345678", "83451234", "139 1234 5678", "13912345678")
			.contains("138****5678", "075*****1234", "139****5678", "沙袋2000个", "20261207123");
	}

}
