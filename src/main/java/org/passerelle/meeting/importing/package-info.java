/**
 * Import of a compte-rendu: text extraction from .txt, .docx and .pdf ({@link TextExtractor}), a pure parser
 * that turns the text into a {@link MinutesProposal} (header, attendance, numbered sections, warnings), and a
 * {@link DirectoryMatcher} that looks every organization and person up in the directory. Nothing here stores
 * anything: the coordinator reviews the proposal and confirms it elsewhere. {@link MinutesImporter} is the
 * entry point; every input gives an {@link ImportProposal} or an {@link ImportFailure}, never an exception.
 */
package org.passerelle.meeting.importing;
