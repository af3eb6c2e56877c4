package org.passerelle.group;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.passerelle.shared.InvalidFieldException;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The "about the group" page's texts, one row per group and language ({@code group_about}). Who may change them is
 * asked by the controller ({@link GroupPermissions#canEditGroup}), as for the group itself.
 */
@Service
@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
public class GroupAboutManagement {

	/** The languages, in the order a missing one is replaced by: the group's working language first. */
	static final List<String> LANGUAGES = List.of("fr", "en", "ko");

	private final NamedParameterJdbcTemplate jdbc;

	private final GroupManagement groups;

	private final Clock clock;

	GroupAboutManagement(NamedParameterJdbcTemplate jdbc, GroupManagement groups, Clock clock) {
		this.jdbc = jdbc;
		this.groups = groups;
		this.clock = clock;
	}

	/** The texts written, by language. */
	public Map<String, GroupAboutText> texts(long groupId) {
		Map<String, GroupAboutText> texts = new LinkedHashMap<>();
		jdbc.query("select language, purpose, joining, contact from group_about where group_id = :group",
				Map.of("group", groupId), row -> {
					texts.put(row.getString("language"), new GroupAboutText(row.getString("language"),
							row.getString("purpose"), row.getString("joining"), row.getString("contact")));
				});
		return texts;
	}

	/**
	 * The text for a reader of {@code language}: theirs, else the first written of French, English, Korean (the
	 * page marks it "translation missing"); null when none is written.
	 */
	public GroupAboutText forReader(long groupId, Locale language) {
		Map<String, GroupAboutText> texts = texts(groupId);
		GroupAboutText own = texts.get(language.getLanguage());
		if (own != null) {
			return own;
		}
		return LANGUAGES.stream().map(texts::get).filter(t -> t != null).findFirst().orElse(null);
	}

	/**
	 * Replaces the texts: each language wholly filled is kept, a language left blank is removed.
	 *
	 * @throws InvalidFieldException on the first missing part of a language begun
	 */
	@Transactional
	public void save(long groupId, GroupAboutForm form) {
		groups.get(groupId);
		for (GroupAboutText text : form.texts()) {
			boolean any = text.purpose() != null || text.joining() != null || text.contact() != null;
			if (!any) {
				continue;
			}
			String suffix = text.language().substring(0, 1).toUpperCase(Locale.ROOT) + text.language().substring(1);
			if (text.purpose() == null) {
				throw new InvalidFieldException("purpose" + suffix, "group.about.partMissing", "missing part");
			}
			if (text.joining() == null) {
				throw new InvalidFieldException("joining" + suffix, "group.about.partMissing", "missing part");
			}
			if (text.contact() == null) {
				throw new InvalidFieldException("contact" + suffix, "group.about.partMissing", "missing part");
			}
		}
		Timestamp now = Timestamp.from(clock.instant());
		for (GroupAboutText text : form.texts()) {
			MapSqlParameterSource row = new MapSqlParameterSource().addValue("group", groupId)
				.addValue("language", text.language())
				.addValue("purpose", text.purpose())
				.addValue("joining", text.joining())
				.addValue("contact", text.contact())
				.addValue("now", now);
			if (text.purpose() == null) {
				jdbc.update("delete from group_about where group_id = :group and language = :language", row);
			}
			else {
				jdbc.update("insert into group_about (group_id, language, purpose, joining, contact, updated_at) "
						+ "values (:group, :language, :purpose, :joining, :contact, :now) on conflict (group_id, language) "
						+ "do update set purpose = excluded.purpose, joining = excluded.joining, "
						+ "contact = excluded.contact, updated_at = excluded.updated_at", row);
			}
		}
	}

}
