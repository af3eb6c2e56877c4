package org.passerelle.shared.database;

import java.sql.Array;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.passerelle.shared.LocalizedText;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Sorts texts a module holds in memory (names it got from another module, joined) in the reader's collation of
 * PostgreSQL ({@link LocalizedText#sqlCollation}: ICU's), so such lists are in the same order as those sorted by
 * {@code order by ... collate} in SQL: a Korean reader's Hangul first in 가나다 order, a French reader's accents in
 * French order. One statement, the texts sent as an array; for lists of hundreds, not of millions.
 */
public final class CollatedOrder {

	private CollatedOrder() {
	}

	/** The items sorted by their key in the reader's collation; equal keys keep their order. */
	public static <T> List<T> sorted(JdbcTemplate jdbc, List<T> items, Function<T, String> key, Locale reader) {
		if (items.size() < 2) {
			return List.copyOf(items);
		}
		String[] keys = items.stream().map(key).map(text -> text == null ? "" : text).toArray(String[]::new);
		List<Integer> positions = jdbc.query(connection -> {
			var statement = connection.prepareStatement("select k.position from unnest(?::text[]) with ordinality "
					+ "as k(key, position) order by k.key collate " + LocalizedText.sqlCollation(reader) + ", k.position");
			Array array = connection.createArrayOf("text", keys);
			statement.setArray(1, array);
			return statement;
		}, (row, number) -> row.getInt(1));
		List<T> result = new ArrayList<>(items.size());
		positions.forEach(position -> result.add(items.get(position - 1)));
		return result;
	}

}
