package org.passerelle.account;

import java.time.Clock;
import java.util.List;

import org.passerelle.shared.InvalidFieldException;
import org.passerelle.shared.NotFoundException;
import org.passerelle.shared.security.PasserelleUser;
import org.passerelle.shared.security.Role;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Newcomers' requests for an account: sent through the public form (each coordinator is mailed), listed for the
 * coordinators and administrators, who accept one into an organization with a role (the account is made and a link
 * to set its password is mailed) or decline it (the newcomer is told).
 */
@Service
@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
class AccountRequestDesk {

	private final AccountRequests requests;

	private final UserAccounts accounts;

	private final AccountManagement management;

	private final PasswordRecovery recovery;

	private final AccountMails mails;

	private final Clock clock;

	AccountRequestDesk(AccountRequests requests, UserAccounts accounts, AccountManagement management,
			PasswordRecovery recovery, AccountMails mails, Clock clock) {
		this.requests = requests;
		this.accounts = accounts;
		this.management = management;
		this.recovery = recovery;
		this.mails = mails;
		this.clock = clock;
	}

	/** Who may see and decide requests: those who run the group. */
	static boolean mayDecide(PasserelleUser user) {
		return user != null && user.editsEverything();
	}

	/** The roles a decider may give: an administrator any, a coordinator any but administrator. */
	static List<Role> rolesFor(PasserelleUser user) {
		return user != null && user.isAdmin() ? List.of(Role.values())
				: List.of(Role.MEMBER, Role.VISITOR, Role.COORDINATOR);
	}

	@Transactional
	long submit(AccountRequestForm form, String language) {
		AccountRequest request = requests.save(new AccountRequest(form.name().strip(), form.email().strip(),
				form.organization().strip(), form.message() == null || form.message().isBlank() ? null
						: form.message().strip(),
				language, clock.instant()));
		List<String> coordinators = accounts.findEnabledCoordinators().stream().map(UserAccount::getEmail).toList();
		mails.newRequest(request, coordinators);
		return request.getId();
	}

	List<AccountRequest> pending(PasserelleUser actor) {
		requireDecider(actor);
		return requests.findAllByStatusOrderByCreatedAt(AccountRequest.Status.PENDING);
	}

	List<AccountRequest> recentlyDecided(PasserelleUser actor) {
		requireDecider(actor);
		return requests.findTop20ByStatusNotOrderByDecidedAtDesc(AccountRequest.Status.PENDING);
	}

	/**
	 * Makes the account the request asks for, with this role and organization, and mails the newcomer a link to
	 * set its password (the account gets a random password nobody knows until then).
	 *
	 * @throws InvalidFieldException when the request was decided already, the address has an account, a member has
	 * no organization, or the role is beyond the decider's
	 */
	@Transactional
	long accept(long id, Role role, Long organizationId, PasserelleUser actor) {
		requireDecider(actor);
		if (role == null || !rolesFor(actor).contains(role)) {
			throw new InvalidFieldException("role", "account.request.roleNotAllowed", "this role cannot be given here");
		}
		AccountRequest request = find(id);
		long accountId = management.create(request.getEmail(), AccountManagement.generatePassword(), request.getName(),
				role, organizationId);
		request.accept(accountId, actor.id(), clock.instant());
		requests.save(request);
		mails.accepted(request, recovery.issueForNewAccount(accountId), recovery.newAccountValidityDays());
		return accountId;
	}

	@Transactional
	void decline(long id, PasserelleUser actor) {
		requireDecider(actor);
		AccountRequest request = find(id);
		request.decline(actor.id(), clock.instant());
		requests.save(request);
		mails.declined(request);
	}

	AccountRequest find(long id) {
		return requests.findById(id).orElseThrow(() -> new NotFoundException("account request", id));
	}

	private static void requireDecider(PasserelleUser actor) {
		if (!mayDecide(actor)) {
			throw new AccessDeniedException("only coordinators and administrators decide account requests");
		}
	}

}
