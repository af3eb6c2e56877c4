package org.passerelle.minutesimport.parsing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.passerelle.minutesimport.ImportWarning;

/** Warnings gathered while parsing, each once, at most {@value #LIMIT} (then one that says how many more). */
public final class WarningList {

	public static final int LIMIT = 100;

	private final Set<ImportWarning> warnings = new LinkedHashSet<>();

	private int dropped;

	void add(String key, String... args) {
		List<String> shortened = new ArrayList<>(args.length);
		for (String arg : args) {
			shortened.add(arg == null ? "" : arg.length() > 200 ? arg.substring(0, 200) + "…" : arg);
		}
		ImportWarning warning = new ImportWarning(key, shortened);
		if (warnings.contains(warning)) {
			return;
		}
		if (warnings.size() < LIMIT) {
			warnings.add(warning);
		}
		else {
			dropped++;
		}
	}

	List<ImportWarning> list() {
		List<ImportWarning> list = new ArrayList<>(warnings);
		if (dropped > 0) {
			list.add(ImportWarning.of("importing.warning.more", String.valueOf(dropped)));
		}
		return list;
	}

}
