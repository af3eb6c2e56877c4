package org.passerelle.directory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * French and Korean local governments with their official population, converted from public sources by
 * {@code scripts/refdata} (see {@code refdata/NOTICE.md}). Loaded lazily: most requests never need it.
 */
@Component
public class ReferenceDivisionCatalog {

	private static final String[] FILES = { "refdata/divisions-fr.csv", "refdata/divisions-kr.csv" };

	private volatile Map<String, Division> byLevelAndCode;

	/** One row of the reference files. */
	public record Division(String country, String code, AuthorityLevel level, String name, String nameEn,
			String parentCode, Integer population, Integer populationYear, String populationSource) {
	}

	/** Codes repeat across levels (région 84, département 84), so the level is part of the key. */
	public Optional<Division> find(AuthorityLevel level, String code) {
		if (level == null || code == null) {
			return Optional.empty();
		}
		return Optional.ofNullable(divisions().get(level.name() + ":" + code.strip()));
	}

	public int size() {
		return divisions().size();
	}

	private Map<String, Division> divisions() {
		Map<String, Division> loaded = byLevelAndCode;
		if (loaded == null) {
			synchronized (this) {
				if (byLevelAndCode == null) {
					byLevelAndCode = load();
				}
				loaded = byLevelAndCode;
			}
		}
		return loaded;
	}

	private static Map<String, Division> load() {
		Map<String, Division> result = new HashMap<>();
		for (String file : FILES) {
			try (BufferedReader reader = new BufferedReader(
					new InputStreamReader(new ClassPathResource(file).getInputStream(), StandardCharsets.UTF_8))) {
				String header = reader.readLine();
				if (header == null) {
					continue;
				}
				String line;
				while ((line = reader.readLine()) != null) {
					if (line.isBlank()) {
						continue;
					}
					List<String> cells = parseCsvLine(line);
					Division division = new Division(cells.get(0), cells.get(1), AuthorityLevel.valueOf(cells.get(2)),
							cells.get(3), emptyToNull(cells.get(4)), emptyToNull(cells.get(5)), intOrNull(cells.get(6)),
							intOrNull(cells.get(7)), emptyToNull(cells.get(8)));
					result.put(division.level().name() + ":" + division.code(), division);
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read reference data " + file, ex);
			}
		}
		return result;
	}

	/** RFC 4180 for one line: fields may be quoted, quotes doubled inside. */
	static List<String> parseCsvLine(String line) {
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					cell.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				cells.add(cell.toString());
				cell.setLength(0);
			}
			else {
				cell.append(c);
			}
		}
		cells.add(cell.toString());
		return cells;
	}

	private static String emptyToNull(String text) {
		return text == null || text.isEmpty() ? null : text;
	}

	private static Integer intOrNull(String text) {
		return text == null || text.isEmpty() ? null : Integer.valueOf(text);
	}

}
