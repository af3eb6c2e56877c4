package org.passerelle.minutesimport;

/** What an import gives: a proposal to review, or a failure with a message key. Never an exception. */
public sealed interface ImportResult permits ImportProposal, ImportFailure {

}
