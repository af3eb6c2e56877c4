package org.passerelle.account;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.passerelle.directory.PeopleDirectory;
import org.passerelle.directory.PersonSummary;
import org.passerelle.shared.InvalidFieldException;
import org.passerelle.shared.NotFoundException;
import org.passerelle.shared.security.PasserelleUser;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which directory person an account is. The link is set explicitly, by a coordinator or an administrator
 * ({@link #mayLink}), and is what the meetings' rules use to recognise an invitee or an attendee: a person's e-mail,
 * which members may edit, never decides who an account is. One account per person, one person per account.
 */
@Service
class AccountPersonLinking {

	private final UserAccounts accounts;

	private final PeopleDirectory people;

	AccountPersonLinking(UserAccounts accounts, PeopleDirectory people) {
		this.accounts = accounts;
		this.people = people;
	}

	/** Who links accounts to people and sees which account a person has: coordinators and administrators. */
	static boolean mayLink(PasserelleUser user) {
		return user != null && user.editsEverything();
	}

	/** The account linked to this person, if any. */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	Optional<AccountRow> accountOf(long personId) {
		return accounts.findByPersonId(personId).map(AccountRow::of);
	}

	/** The accounts no person is linked to yet, by e-mail: the choices for linking one. */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	List<AccountRow> unlinked() {
		return accounts.findAllByPersonIdIsNullOrderByEmail().stream().map(AccountRow::of).toList();
	}

	/** The people these accounts are linked to, by account id (accounts without a person are left out). */
	Map<Long, PersonSummary> peopleOf(Collection<UserAccount> linked) {
		Map<Long, PersonSummary> byPerson = people
			.peopleById(linked.stream().map(UserAccount::getPersonId).filter(Objects::nonNull).toList());
		Map<Long, PersonSummary> byAccount = new java.util.HashMap<>();
		linked.forEach(account -> {
			if (account.getPersonId() != null && byPerson.containsKey(account.getPersonId())) {
				byAccount.put(account.getId(), byPerson.get(account.getPersonId()));
			}
		});
		return byAccount;
	}

	/** Links the account to the person; refused when either is already linked (unlink first) or the person is archived. */
	@Transactional
	void link(long personId, Long accountId, PasserelleUser actor) {
		requireLinker(actor);
		PersonSummary person = people.findPerson(personId).orElseThrow(() -> new NotFoundException("person", personId));
		if (accountId == null) {
			throw new InvalidFieldException("accountId", "account.person.chooseAccount", "choose an account");
		}
		UserAccount account = accounts.findById(accountId)
			.orElseThrow(() -> new InvalidFieldException("accountId", "account.person.unknownAccount", "no such account"));
		if (person.archived()) {
			throw new InvalidFieldException("accountId", "account.person.archived", "the person is archived");
		}
		if (accounts.findByPersonId(personId).isPresent()) {
			throw new InvalidFieldException("accountId", "account.person.alreadyLinked",
					"this person already has an account");
		}
		if (account.getPersonId() != null) {
			throw new InvalidFieldException("accountId", "account.person.accountLinked",
					"this account is already linked to another person");
		}
		account.setPersonId(personId);
		try {
			accounts.save(account);
		}
		catch (DataIntegrityViolationException ex) {
			// Someone linked this person to another account at the same moment: the unique constraint decided.
			throw new InvalidFieldException("accountId", "account.person.alreadyLinked",
					"this person already has an account");
		}
	}

	/** Removes the link of this person's account, if there is one. */
	@Transactional
	void unlink(long personId, PasserelleUser actor) {
		requireLinker(actor);
		people.findPerson(personId).orElseThrow(() -> new NotFoundException("person", personId));
		accounts.findByPersonId(personId).ifPresent(account -> {
			account.setPersonId(null);
			accounts.save(account);
		});
	}

	private static void requireLinker(PasserelleUser actor) {
		if (!mayLink(actor)) {
			throw new AccessDeniedException("only coordinators and administrators link accounts to people");
		}
	}

}
