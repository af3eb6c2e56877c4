package org.passerelle;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Writes the module diagrams (PlantUML: all modules, then each module with its neighbours) for ARCHITECTURE.md
 * readers. A build step, not a test: {@code ./mvnw -Pmodule-docs process-test-classes} runs it and writes
 * {@code target/spring-modulith-docs}; a folder given as the first argument replaces that one.
 */
public final class ModuleDocumentation {

	static final String DEFAULT_OUTPUT = "target/spring-modulith-docs";

	private ModuleDocumentation() {
	}

	public static void main(String[] args) {
		String output = args.length > 0 ? args[0] : DEFAULT_OUTPUT;
		new Documenter(ApplicationModules.of(PasserelleApplication.class),
				Documenter.Options.defaults().withOutputFolder(output))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml();
		System.out.println("Module diagrams written to " + output);
	}

}
