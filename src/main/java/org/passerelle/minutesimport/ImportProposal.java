package org.passerelle.minutesimport;

import org.passerelle.minutesimport.extraction.SourceFormat;
import org.passerelle.minutesimport.matching.DirectoryMatches;
import org.passerelle.minutesimport.parsing.MinutesProposal;

/**
 * A meeting proposed from minutes, with each organization and person looked up in the directory. Nothing is
 * stored: the coordinator reviews it and confirms it.
 *
 * @param source what the text was read from
 * @param proposal what the text says
 * @param matches the directory entries found for {@link MinutesProposal#organizationNames()} and
 * {@link MinutesProposal#people()}, in the same order
 */
public record ImportProposal(SourceFormat source, MinutesProposal proposal, DirectoryMatches matches)
		implements ImportResult {

}
