package org.passerelle.shared.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An exclusive OS lock on {@code <data dir>/passerelle.lock}, held while the embedded database runs, so
 * a second instance on the same directory stops with a clear message instead of touching the files.
 * The OS drops the lock when the process dies, so a crash never leaves a stale lock behind.
 * <p>
 * OS file locks belong to the process, and closing <em>any</em> channel on the file releases them. So a second
 * attempt from the same JVM must be refused before it opens the file, or its failure would silently free the
 * directory for other processes: the files held in this JVM are remembered.
 */
final class DataDirectoryLock implements AutoCloseable {

	private static final Set<Path> HELD_BY_THIS_JVM = ConcurrentHashMap.newKeySet();

	private final Path lockFile;

	private final FileChannel channel;

	private final FileLock lock;

	private DataDirectoryLock(Path lockFile, FileChannel channel, FileLock lock) {
		this.lockFile = lockFile;
		this.channel = channel;
		this.lock = lock;
	}

	/** Locks the directory, which must exist. */
	static DataDirectoryLock acquire(Path dataDir) throws IOException {
		Path lockFile = dataDir.toRealPath().resolve("passerelle.lock");
		if (!HELD_BY_THIS_JVM.add(lockFile)) {
			throw new DataDirectoryInUseException(dataDir);
		}
		try {
			FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
			FileLock lock;
			try {
				lock = channel.tryLock();
			}
			catch (OverlappingFileLockException ex) {
				channel.close();
				throw new DataDirectoryInUseException(dataDir);
			}
			catch (IOException ex) {
				channel.close();
				throw ex;
			}
			if (lock == null) {
				channel.close();
				throw new DataDirectoryInUseException(dataDir);
			}
			return new DataDirectoryLock(lockFile, channel, lock);
		}
		catch (IOException | RuntimeException ex) {
			HELD_BY_THIS_JVM.remove(lockFile);
			throw ex;
		}
	}

	@Override
	public void close() throws IOException {
		try {
			if (lock.isValid()) {
				lock.release();
			}
		}
		finally {
			try {
				channel.close();
			}
			finally {
				HELD_BY_THIS_JVM.remove(lockFile);
			}
		}
	}

}
