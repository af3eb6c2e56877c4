package org.passerelle.group;

/**
 * The "about the group" text in one language: what the group is for, how to join it, whom to contact. Plain text;
 * line breaks are kept on the page.
 */
public record GroupAboutText(String language, String purpose, String joining, String contact) {
}
