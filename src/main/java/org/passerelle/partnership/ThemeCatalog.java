package org.passerelle.partnership;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.passerelle.shared.InvalidFieldException;
import org.passerelle.shared.NotFoundException;
import org.passerelle.shared.database.CollatedOrder;
import org.passerelle.shared.database.DataCache;
import org.passerelle.shared.database.DataGeneration;

import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The managed list of themes: what partnerships may be tagged with, and its upkeep by coordinators. The list is read
 * by every page that shows partnerships and seldom changes: it is kept until the data changes ({@link DataCache}); a
 * change loads the theme afresh.
 */
@Service
@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
class ThemeCatalog {

	private final Themes themes;

	private final JdbcAggregateTemplate aggregates;

	private final DataCache<Object, List<Theme>> all;

	private final JdbcTemplate jdbc;

	ThemeCatalog(Themes themes, JdbcAggregateTemplate aggregates, JdbcTemplate jdbc, DataGeneration generation) {
		this.themes = themes;
		this.aggregates = aggregates;
		this.jdbc = jdbc;
		this.all = DataCache.single(generation);
	}

	/** Every theme, archived ones included, by position. Shared: not to be changed (see {@link #get}). */
	List<Theme> all() {
		return all.get(() -> List.copyOf(themes.findAllByOrderByPositionAscCodeAsc()));
	}

	/**
	 * Every theme, archived ones included, by the name this reader sees, in the reader's collation (the themes page:
	 * a list read by name, where choice lists and charts keep the themes' positions).
	 */
	List<ThemeView> allByName(Locale reader) {
		return CollatedOrder.sorted(jdbc, all().stream().map(Theme::toView).toList(), theme -> theme.name().in(reader),
				reader);
	}

	/** Themes that may be chosen, by position. */
	List<ThemeView> active() {
		return all().stream().filter(theme -> !theme.isArchived()).map(Theme::toView).toList();
	}

	/** Every theme by code, in position order, for showing the themes of stored partnerships. */
	Map<String, Theme> byCode() {
		Map<String, Theme> result = new LinkedHashMap<>();
		all().forEach(theme -> result.put(theme.getCode(), theme));
		return result;
	}

	/** The stored theme, never one of {@link #all()}: it may be changed. */
	Theme get(String code) {
		return themes.findById(code).orElseThrow(() -> new NotFoundException("theme", code));
	}

	@Transactional
	ThemeView add(ThemeForm form) {
		String code = form.code().strip();
		if (themes.existsById(code)) {
			throw new InvalidFieldException("code", "theme.codeTaken", "a theme with this code exists");
		}
		Theme theme = new Theme(code, themes.maxPosition() + 1);
		theme.rename(form.nameFr(), form.nameKo(), form.nameEn());
		return aggregates.insert(theme).toView();
	}

	@Transactional
	ThemeView rename(String code, ThemeForm form) {
		Theme theme = get(code);
		theme.rename(form.nameFr(), form.nameKo(), form.nameEn());
		return aggregates.update(theme).toView();
	}

	@Transactional
	void setArchived(String code, boolean archived) {
		Theme theme = get(code);
		theme.setArchived(archived);
		aggregates.update(theme);
	}

}
