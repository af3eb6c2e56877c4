package org.passerelle.meeting.attachment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.passerelle.meeting.MeetingAccess;
import org.passerelle.meeting.MeetingManagement;
import org.passerelle.shared.InvalidFieldException;
import org.passerelle.shared.NotFoundException;
import org.passerelle.shared.security.PasserelleUser;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Files of a meeting: coordinators upload and delete them on the meeting page; whoever may read the meeting
 * downloads them, always as an attachment and with the type read from the content.
 */
@Controller
class AttachmentController {

	private final AttachmentManagement attachments;

	private final MeetingManagement meetings;

	private final MeetingAccess access;

	AttachmentController(AttachmentManagement attachments, MeetingManagement meetings, MeetingAccess access) {
		this.attachments = attachments;
		this.meetings = meetings;
		this.access = access;
	}

	@PostMapping("/meetings/{id}/attachments")
	String upload(@PathVariable long id, @RequestParam(required = false) MultipartFile file,
			RedirectAttributes redirect) throws IOException {
		PasserelleUser user = MeetingAccess.requireCoordinator();
		meetings.view(id);
		try {
			if (file == null || file.isEmpty()) {
				throw new InvalidFieldException("file", "meeting.attachment.empty", "no file");
			}
			if (file.getSize() > AttachmentManagement.MAX_SIZE) {
				throw new InvalidFieldException("file", "meeting.attachment.tooLarge", "larger than 10 MB");
			}
			attachments.store(id, file.getOriginalFilename(), file.getBytes(), user);
			redirect.addFlashAttribute("flash", "meeting.attachment.saved");
		}
		catch (InvalidFieldException ex) {
			redirect.addFlashAttribute("attachmentError", ex.messageKey());
		}
		return "redirect:/meetings/" + id + "#attachments";
	}

	@GetMapping("/meetings/{id}/attachments/{attachmentId}")
	ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long attachmentId) {
		access.requireRead(meetings.view(id));
		AttachmentManagement.Content content = attachments.content(id, attachmentId)
			.orElseThrow(() -> new NotFoundException("attachment", attachmentId));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(content.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(content.name(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(content.bytes());
	}

	@PostMapping("/meetings/{id}/attachments/{attachmentId}/delete")
	String delete(@PathVariable long id, @PathVariable long attachmentId, RedirectAttributes redirect) {
		MeetingAccess.requireCoordinator();
		meetings.view(id);
		attachments.delete(id, attachmentId);
		redirect.addFlashAttribute("flash", "meeting.attachment.deleted");
		return "redirect:/meetings/" + id + "#attachments";
	}

}
