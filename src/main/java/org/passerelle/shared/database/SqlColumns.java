package org.passerelle.shared.database;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Reading columns by hand (projections written in SQL) the same way everywhere. */
public final class SqlColumns {

	private SqlColumns() {
	}

	/** A {@code timestamptz} column as an instant; null when the column is. */
	public static Instant instant(ResultSet row, String column) throws SQLException {
		OffsetDateTime at = row.getObject(column, OffsetDateTime.class);
		return at == null ? null : at.toInstant();
	}

}
