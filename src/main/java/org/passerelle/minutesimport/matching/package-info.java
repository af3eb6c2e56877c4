/**
 * Every organization and person of a proposal looked up in the directory
 * ({@link org.passerelle.minutesimport.matching.DirectoryMatcher}): the same name once folded, without "Ville de",
 * an acronym, the names in another order, one letter apart; each match with its confidence and reason, or none
 * (to be created on confirm).
 */
package org.passerelle.minutesimport.matching;
