package org.passerelle.notification;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Locale;

import org.passerelle.shared.CountryZone;
import org.passerelle.shared.NotFoundException;
import org.passerelle.shared.security.CurrentUser;
import org.passerelle.shared.security.PasserelleUser;

import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The outbox for administrators and coordinators ({@code /outbox/**} needs one of these roles in the security
 * rules, checked here again): every mail with its state, one mail's text and attachments, and sending a held
 * or failed mail again once a mail server is configured.
 */
@Controller
class OutboxController {

	private static final int PAGE_SIZE = 25;

	private final OutboxMails mails;

	private final OutboxSender sender;

	OutboxController(OutboxMails mails, OutboxSender sender) {
		this.mails = mails;
		this.sender = sender;
	}

	@GetMapping("/outbox")
	String list(@RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
		allowed();
		model.addAttribute("results", mails.page(PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
		model.addAttribute("sendsMail", sender.configured());
		model.addAttribute("held", mails.count(MailStatus.HELD));
		model.addAttribute("zone", zone(locale));
		return "notification/outbox";
	}

	@GetMapping("/outbox/{id}")
	String show(@PathVariable long id, Model model, Locale locale) {
		allowed();
		model.addAttribute("mail", mails.find(id).orElseThrow(() -> new NotFoundException("mail", id)));
		model.addAttribute("sendsMail", sender.configured());
		model.addAttribute("zone", zone(locale));
		return "notification/outbox-mail";
	}

	/** The attached file as it was sent, always as a download (never shown inline by the browser). */
	@GetMapping("/outbox/{id}/attachments/{position}")
	ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable int position) {
		allowed();
		MailAttachment attachment = mails.attachment(id, position)
			.orElseThrow(() -> new NotFoundException("attachment", id));
		MediaType type;
		try {
			type = MediaType.parseMediaType(attachment.contentType());
		}
		catch (RuntimeException ex) {
			type = MediaType.APPLICATION_OCTET_STREAM;
		}
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(attachment.fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(attachment.content());
	}

	/** Puts a held or failed mail back in the queue and sends it now. */
	@PostMapping("/outbox/{id}/send")
	String sendAgain(@PathVariable long id, RedirectAttributes redirect) {
		allowed();
		mails.find(id).orElseThrow(() -> new NotFoundException("mail", id));
		if (!sender.configured()) {
			redirect.addFlashAttribute("flash", "notification.outbox.noSmtp");
		}
		else if (mails.requeue(id)) {
			sender.onQueued(new MailQueued(id));
			redirect.addFlashAttribute("flash", "notification.outbox.requeued");
		}
		return "redirect:/outbox/" + id;
	}

	private static PasserelleUser allowed() {
		return CurrentUser.require(PasserelleUser::editsEverything);
	}

	/** Times in Seoul for Korean readers, in Paris for the others. */
	private static ZoneId zone(Locale locale) {
		return CountryZone.readerZone(locale);
	}

}
