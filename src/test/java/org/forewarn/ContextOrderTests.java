package org.forewarn;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The groups {@link ContextOrder} puts test classes in, so that each Spring context
 * starts once and closes early.
 */
class ContextOrderTests {

	@PlatformIntegrationTest
	static class SharesThePlatform {

	}

	@PlatformIntegrationTest
	@TestPropertySource(properties = "forewarn.demo.enabled=false")
	static class ChangesThePlatformByProperties {

	}

	@PlatformIntegrationTest
	static class ChangesThePlatformByABean {

		@MockitoBean
		java.time.Clock clock;

	}

	@Test
	void unitTestsComeFirstThenTestsThatStartPlatformsThemselvesThenSmallContextsThenTheSharedOne() throws Exception {
		assertThat(ContextOrder.group(ContextOrderTests.class)).isZero();
		assertThat(ContextOrder.group(RestartIntegrationTests.class)).isEqualTo(1);
		assertThat(ContextOrder.group(Class.forName("org.forewarn.region.RegionModuleTests"))).isEqualTo(2);
		assertThat(ContextOrder.group(SharesThePlatform.class)).isEqualTo(3);
		assertThat(ContextOrder.group(JurisdictionTests.class)).isEqualTo(3);
		assertThat(ContextOrder.group(ApiRobustnessTests.class)).as("shares the platform context").isEqualTo(3);
	}

	@Test
	void aPlatformClassWithItsOwnPropertiesOrBeansRunsAfterTheClassesThatShareTheContext() {
		assertThat(ContextOrder.group(ChangesThePlatformByProperties.class)).isEqualTo(4);
		assertThat(ContextOrder.group(ChangesThePlatformByABean.class)).isEqualTo(4);
	}

}
