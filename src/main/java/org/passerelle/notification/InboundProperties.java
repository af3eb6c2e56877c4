package org.passerelle.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The mailbox where replies to Passerelle's mails arrive (calendar replies to invitations), read over IMAP:
 * {@code passerelle.mail.inbound.*}. Without a host nothing is read, and the pages say so.
 * @param host the IMAP server; blank: replies are not read
 * @param port its port (993 with TLS, 143 without)
 * @param username the mailbox's user
 * @param password its password
 * @param ssl whether to talk TLS from the start (imaps)
 * @param folder the folder to read
 */
@ConfigurationProperties("passerelle.mail.inbound")
public record InboundProperties(String host, @DefaultValue("993") int port, String username, String password,
		@DefaultValue("true") boolean ssl, @DefaultValue("INBOX") String folder) {

	/** Whether a mailbox is configured. */
	public boolean configured() {
		return host != null && !host.isBlank();
	}

}
