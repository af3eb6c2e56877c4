package org.passerelle.partnership;

import org.junit.jupiter.api.Test;
import org.passerelle.PasserelleApplication;

import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module boundaries hold: the partnership module uses only the directory's public API and the shared
 * pieces it declares, and nothing it depends on depends back on it.
 */
class PartnershipModuleTests {

	private static final ApplicationModules MODULES = ApplicationModules.of(PasserelleApplication.class);

	@Test
	void theModulesRespectTheirDeclaredDependencies() {
		MODULES.verify();
	}

	@Test
	void thePartnershipModuleDependsOnTheDirectoryAndNothingUpstreamDependsOnIt() {
		ApplicationModule partnership = MODULES.getModuleByName("partnership").orElseThrow();
		ApplicationModule directory = MODULES.getModuleByName("directory").orElseThrow();

		assertThat(partnership.getBootstrapDependencies(MODULES).map(ApplicationModule::getName))
			.contains("directory");
		assertThat(directory.getBootstrapDependencies(MODULES).map(ApplicationModule::getName))
			.doesNotContain("partnership");
		assertThat(directory.getDependencies(MODULES).contains(partnership)).isFalse();
	}

}
