package org.passerelle.programme.charter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.passerelle.directory.Directory;
import org.passerelle.directory.OrganizationSummary;
import org.passerelle.programme.ProgrammePermissions;
import org.passerelle.programme.ProgrammeRuleException;
import org.passerelle.programme.cycle.CycleManagement;
import org.passerelle.programme.cycle.SeminarView;
import org.passerelle.shared.InvalidFieldException;
import org.passerelle.shared.NotFoundException;
import org.passerelle.shared.web.Ui;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A seminar's presentations: the charter they are checked against, each host's submission with what it lacks, and
 * the form a host (or a coordinator on its behalf) submits with; after submitting, the page lists exactly what the
 * charter finds missing, in the reader's language.
 */
@Controller
class PresentationController {

	private final PresentationManagement presentations;

	private final CycleManagement cycles;

	private final Directory directory;

	private final CharterMessages messages;

	PresentationController(PresentationManagement presentations, CycleManagement cycles, Directory directory,
			CharterMessages messages) {
		this.presentations = presentations;
		this.cycles = cycles;
		this.directory = directory;
		this.messages = messages;
	}

	@GetMapping("/seminars/{id}/presentations")
	String show(@PathVariable long id, @RequestParam(required = false) Long organization, Model model,
			@ModelAttribute("ui") Ui ui) {
		SeminarView seminar = cycles.seminar(id);
		Long selected = organization != null ? organization : defaultOrganization(seminar);
		PresentationView existing = selected == null ? null : presentations.presentationsOf(id).stream()
			.filter(p -> p.organizationId() == selected).findFirst().orElse(null);
		// a file over the multipart limit, refused by PresentationUploadSizeFilter before the body was read
		Object slidesError = model.getAttribute("slidesError");
		return page(model, ui, seminar, selected, existing == null ? PresentationForm.empty() : existing.texts(),
				slidesError == null ? Map.of()
						: Map.of("slides", ui.t(String.valueOf(slidesError), SlidesReader.MAX_BYTES / (1024 * 1024))));
	}

	@PostMapping("/seminars/{id}/presentations")
	String submit(@PathVariable long id, @RequestParam MultiValueMap<String, String> params,
			@RequestParam(name = "slides", required = false) MultipartFile slides, Model model,
			@ModelAttribute("ui") Ui ui, RedirectAttributes redirect) throws IOException {
		ProgrammePermissions actor = ProgrammePermissions.require(ProgrammePermissions::signedIn);
		SeminarView seminar = cycles.seminar(id);
		PresentationForm form = PresentationForm.from(params);
		Long organization = organizationParam(params.getFirst("organizationId"), actor);
		if (organization == null) {
			return page(model, ui, seminar, null, form,
					Map.of("organizationId", ui.t("programme.presentation.organizationMissing")));
		}
		try {
			if (slides != null && slides.getSize() > SlidesReader.MAX_BYTES) {
				throw new SlidesReader.TooLarge();
			}
			presentations.submit(id, organization, form, slides == null ? null : slides.getOriginalFilename(),
					slides == null || slides.isEmpty() ? null : slides.getBytes(), actor);
		}
		catch (InvalidFieldException ex) {
			return page(model, ui, seminar, organization, form,
					Map.of(ex.field(), ui.t(ex.messageKey(), ex.arguments())));
		}
		catch (ProgrammeRuleException ex) {
			return page(model, ui, seminar, organization, form,
					Map.of("form", ui.t(ex.messageKey(), ex.arguments())));
		}
		redirect.addFlashAttribute("flash", "programme.presentation.submitted");
		return "redirect:/seminars/" + id + "/presentations?organization=" + organization + "#result";
	}

	@GetMapping("/seminars/{id}/presentations/{presentationId}/slides")
	ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long presentationId) {
		ProgrammePermissions.require(ProgrammePermissions::signedIn);
		PresentationView presentation = presentations.presentation(presentationId);
		if (presentation.seminarId() != id) {
			throw new NotFoundException("presentation", presentationId);
		}
		PresentationManagement.Slides slides = presentations.slides(presentationId)
			.orElseThrow(() -> new NotFoundException("slides", presentationId));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(slides.format().contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(slides.name(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(slides.content());
	}

	/** The organization named in the form, else the member's own. */
	private static Long organizationParam(String given, ProgrammePermissions actor) {
		if (given != null && !given.isBlank()) {
			try {
				return Long.valueOf(given.strip());
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}
		return actor.user() == null ? null : actor.user().organizationId();
	}

	/** The member's own organization when it hosts the seminar; for a coordinator the first host. */
	private static Long defaultOrganization(SeminarView seminar) {
		ProgrammePermissions actor = ProgrammePermissions.current();
		return seminar.hostIds().stream().filter(actor::canSubmitPresentationFor).findFirst().orElse(null);
	}

	private String page(Model model, Ui ui, SeminarView seminar, Long selected, PresentationForm form,
			Map<String, String> errors) {
		ProgrammePermissions actor = ProgrammePermissions.current();
		PresentationCharter charter = presentations.charter(seminar.cycleId()).orElse(null);
		Map<Long, OrganizationSummary> names = directory.organizationsById(seminar.hostIds());
		List<PresentationView> sent = presentations.presentationsOf(seminar.id());
		List<HostPresentation> hosts = new ArrayList<>();
		for (Long host : seminar.hostIds()) {
			PresentationView presentation = sent.stream().filter(p -> p.organizationId() == host).findFirst()
				.orElse(null);
			boolean mayEdit = actor.canSubmitPresentationFor(host);
			List<String> problems = presentation == null || !mayEdit ? List.of()
					: presentation.problems().stream().map(p -> messages.message(p, charter, ui.locale())).toList();
			hosts.add(new HostPresentation(names.get(host), presentation, problems, mayEdit));
		}
		List<HostPresentation> editable = hosts.stream().filter(HostPresentation::mayEdit).toList();
		HostPresentation current = hosts.stream()
			.filter(row -> selected != null && row.organization() != null && row.organization().id() == selected)
			.findFirst()
			.orElse(null);
		model.addAttribute("seminar", seminar);
		model.addAttribute("charter", charter);
		model.addAttribute("hosts", hosts);
		model.addAttribute("editable", editable);
		model.addAttribute("current", current != null && current.mayEdit() ? current : null);
		model.addAttribute("selected", selected);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "programme/charter/presentations";
	}

}
