package org.passerelle.minutesimport;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.passerelle.directory.Directory;
import org.passerelle.directory.PeopleDirectory;
import org.passerelle.minutesimport.extraction.ExtractedText;
import org.passerelle.minutesimport.extraction.Extraction;
import org.passerelle.minutesimport.extraction.TextExtractor;
import org.passerelle.minutesimport.matching.DirectoryMatcher;
import org.passerelle.minutesimport.parsing.MinutesParser;
import org.passerelle.minutesimport.parsing.MinutesProposal;

import org.springframework.stereotype.Service;

/**
 * Imports a compte-rendu pasted or uploaded by a coordinator: its text, the meeting it proposes, and the
 * directory entries its organizations and people match. Stores nothing: the review screen shows the
 * {@link ImportProposal} and the coordinator confirms it. Every input gives a proposal or an
 * {@link ImportFailure} with a message key; nothing throws.
 */
@Service
public class MinutesImporter {

	private static final Logger log = LoggerFactory.getLogger(MinutesImporter.class);

	private static final MinutesParser PARSER = new MinutesParser();

	private final Directory directory;

	private final PeopleDirectory people;

	MinutesImporter(Directory directory, PeopleDirectory people) {
		this.directory = directory;
		this.people = people;
	}

	/** Text pasted into the form. */
	public ImportResult importText(String text) {
		return propose(TextExtractor.pasted(text));
	}

	/** An uploaded .txt, .docx or .pdf (told by its content; the name only serves the warnings). */
	public ImportResult importFile(byte[] content, String fileName) {
		return propose(TextExtractor.extract(content, fileName));
	}

	private ImportResult propose(Extraction extraction) {
		if (extraction instanceof ImportFailure failure) {
			return failure;
		}
		DirectoryMatcher matcher = new DirectoryMatcher(directory.activeOrganizations(), people.activePeopleNames());
		return propose(extraction, matcher);
	}

	/**
	 * The proposal for extracted text, matched with the given directory: the whole import without the database
	 * (tests, the benchmark).
	 */
	public static ImportResult propose(Extraction extraction, DirectoryMatcher matcher) {
		if (extraction instanceof ImportFailure failure) {
			return failure;
		}
		ExtractedText text = (ExtractedText) extraction;
		try {
			MinutesProposal proposal = PARSER.parse(text.text());
			if (proposal.looksEmpty()) {
				return ImportFailure.of(ImportError.NOT_MINUTES);
			}
			if (!text.warnings().isEmpty()) {
				List<ImportWarning> warnings = new ArrayList<>(text.warnings());
				warnings.addAll(proposal.warnings());
				proposal = new MinutesProposal(proposal.title(), proposal.date(), proposal.startTime(),
						proposal.endTime(), proposal.zone(), proposal.format(), proposal.place(), proposal.preamble(),
						proposal.sections(), proposal.attendance(), warnings);
			}
			return new ImportProposal(text.format(), proposal, matcher.match(proposal));
		}
		catch (RuntimeException | StackOverflowError ex) {
			// A bug of the parser must not become an error page; the robustness tests look for it directly.
			log.warn("Minutes import failed on {} characters of {}", text.text().length(), text.format(), ex);
			return ImportFailure.of(ImportError.UNREADABLE);
		}
	}

}
