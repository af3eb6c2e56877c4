package org.passerelle.partnership;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The themes a partnership may be tagged with, for API clients building a form. */
@RestController
@RequestMapping("/api/v1/themes")
@Tag(name = "Themes", description = "The managed list of cooperation themes")
class ThemeApiController {

	private final PartnershipRegistry registry;

	ThemeApiController(PartnershipRegistry registry) {
		this.registry = registry;
	}

	@GetMapping
	@Operation(summary = "List the themes a partnership may be tagged with",
			description = "The themes that may be chosen, in their order, with names in French, Korean and English.")
	List<PartnershipApiController.ThemeResource> list() {
		return registry.themes().stream().map(PartnershipApiController.ThemeResource::of).toList();
	}

}
