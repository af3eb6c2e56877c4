package org.passerelle.notification;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import jakarta.mail.Address;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.search.FlagTerm;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reads the inbound mailbox ({@link InboundProperties}) on a schedule, over IMAP: each unread mail's calendar parts
 * are published as {@link CalendarReplyReceived} (the meeting module records the replies), then the mail is marked
 * read, so that it is taken once. Without a configured mailbox it does nothing ({@link #configured()}). A failure
 * (server down, wrong password) is logged and tried again at the next poll.
 */
@Component
public class InboundMailbox {

	private static final Logger log = LoggerFactory.getLogger(InboundMailbox.class);

	/** A mail larger than this is not read for calendars (an invitation reply is a few kilobytes). */
	private static final int MAX_CALENDAR_BYTES = 256 * 1024;

	private final InboundProperties properties;

	private final ApplicationEventPublisher events;

	InboundMailbox(InboundProperties properties, ApplicationEventPublisher events) {
		this.properties = properties;
		this.events = events;
	}

	/** Whether replies are read: an inbound mailbox is configured. */
	public boolean configured() {
		return properties.configured();
	}

	@Scheduled(fixedDelayString = "${passerelle.mail.inbound.poll-interval:PT2M}",
			initialDelayString = "${passerelle.mail.inbound.poll-interval:PT2M}")
	void scheduledPoll() {
		if (!configured()) {
			return;
		}
		try {
			poll();
		}
		catch (MessagingException | RuntimeException ex) {
			log.warn("The inbound mailbox {} could not be read: {}", properties.host(), ex.toString());
		}
	}

	/** Reads the unread mails once; returns how many were read. */
	public int poll() throws MessagingException {
		if (!configured()) {
			return 0;
		}
		String protocol = properties.ssl() ? "imaps" : "imap";
		Properties settings = new Properties();
		settings.put("mail.store.protocol", protocol);
		settings.put("mail." + protocol + ".connectiontimeout", "10000");
		settings.put("mail." + protocol + ".timeout", "20000");
		Session session = Session.getInstance(settings);
		int read = 0;
		try (Store store = session.getStore(protocol)) {
			store.connect(properties.host(), properties.port(), properties.username(), properties.password());
			Folder folder = store.getFolder(properties.folder());
			folder.open(Folder.READ_WRITE);
			try {
				for (Message message : folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false))) {
					try {
						read(message);
					}
					catch (IOException | MessagingException | RuntimeException ex) {
						log.warn("Inbound mail not read: {}", ex.toString());
					}
					message.setFlag(Flags.Flag.SEEN, true);
					read++;
				}
			}
			finally {
				folder.close(false);
			}
		}
		return read;
	}

	private void read(Message message) throws IOException, MessagingException {
		Address[] from = message.getFrom();
		String sender = from != null && from.length > 0 && from[0] instanceof InternetAddress address
				? address.getAddress() : null;
		calendars(message, sender);
	}

	private void calendars(Part part, String sender) throws IOException, MessagingException {
		if (part.isMimeType("multipart/*")) {
			Multipart multipart = (Multipart) part.getContent();
			for (int i = 0; i < multipart.getCount(); i++) {
				calendars(multipart.getBodyPart(i), sender);
			}
		}
		else if (part.isMimeType("text/calendar") || (part.getFileName() != null
				&& part.getFileName().toLowerCase(java.util.Locale.ROOT).endsWith(".ics"))) {
			try (InputStream in = part.getInputStream()) {
				byte[] bytes = in.readNBytes(MAX_CALENDAR_BYTES);
				events.publishEvent(new CalendarReplyReceived(sender, new String(bytes, StandardCharsets.UTF_8)));
			}
		}
	}

}
