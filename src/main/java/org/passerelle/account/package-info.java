/**
 * Accounts: who may sign in, with which role and (for members) which organization; the first
 * administrator; the sign-in page and the administrators' account pages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts")
package org.passerelle.account;
