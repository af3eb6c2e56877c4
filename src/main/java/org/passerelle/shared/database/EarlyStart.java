package org.passerelle.shared.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;

/**
 * The embedded server's start, begun on a thread of its own once the bean definitions are read (a bean factory
 * post-processor runs before any ordinary bean is made) and handed over to the {@link EmbeddedDatabase} bean when
 * the connection pool asks for it. If the context fails before that, the server started for nothing is stopped.
 */
final class EarlyStart implements BeanFactoryPostProcessor, DisposableBean {

	private final String dataDir;

	private final CompletableFuture<EmbeddedDatabase> database = new CompletableFuture<>();

	private volatile boolean handedOver;

	EarlyStart(String dataDir) {
		this.dataDir = dataDir;
	}

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		Thread thread = new Thread(() -> {
			try {
				database.complete(EmbeddedPostgresConfiguration.start(dataDir));
			}
			catch (IOException | RuntimeException | Error ex) {
				database.completeExceptionally(ex);
			}
		}, "embedded-postgres-start");
		thread.setDaemon(true);
		thread.start();
	}

	/** The started server, or the very exception its start failed with (a data directory in use, say). */
	EmbeddedDatabase handOver() throws IOException {
		try {
			EmbeddedDatabase started = database.get();
			handedOver = true;
			return started;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while the embedded PostgreSQL was starting", ex);
		}
		catch (ExecutionException ex) {
			Throwable cause = ex.getCause();
			if (cause instanceof IOException io) {
				throw io;
			}
			if (cause instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (cause instanceof Error error) {
				throw error;
			}
			throw new UncheckedIOException(new IOException(cause));
		}
	}

	@Override
	public void destroy() throws Exception {
		if (!handedOver) {
			// The context failed before the pool was made: wait for the start to finish, then stop what it started.
			EmbeddedDatabase started = database.exceptionally(failure -> null).get();
			if (started != null) {
				started.close();
			}
		}
	}

}
