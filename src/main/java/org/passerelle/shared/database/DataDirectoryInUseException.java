package org.passerelle.shared.database;

import java.nio.file.Path;

/** Another Passerelle already runs on this data directory. */
public class DataDirectoryInUseException extends IllegalStateException {

	private final Path dataDir;

	public DataDirectoryInUseException(Path dataDir) {
		super("Another Passerelle instance is already using the data directory " + dataDir
				+ ". Stop it first, or give this one its own directory with PASSERELLE_DATA_DIR.");
		this.dataDir = dataDir;
	}

	public Path dataDir() {
		return dataDir;
	}

}
