package org.passerelle.minutesimport.parsing;

/**
 * One numbered part of the body ("1. Propos introductifs…"): its number, its heading as written (without the
 * number) and its text. The text has its line-end hyphenation undone, paragraphs separated by a blank line and
 * list items ("- ", "⇨ ") each on a paragraph of their own, so it reads as plain text and as Markdown.
 */
public record MinutesSection(int number, String heading, String text) {

}
