package org.passerelle;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

/**
 * Module boundaries: fails when a module reaches into another's internals or dependencies form a cycle. (The
 * module diagrams are written by {@link ModuleDocumentation}, a build step, not by a test.)
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(PasserelleApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

}
