package org.trunkwizard.ui.wizard;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.trunkwizard.config.PrivateFolder;
import org.trunkwizard.trunk.TrunkFormatException;

/**
 * Saves the draft as the user types: the newest draft wins, written at most every {@value #DEBOUNCE_MS} ms, on a
 * background thread, atomically (temp file + rename) so a crash mid-write leaves the previous draft whole.
 */
public final class DraftStore {

    static final long DEBOUNCE_MS = 400;
    private static final Logger LOG = Logger.getLogger(DraftStore.class.getName());

    private final Path file;
    private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "draft-writer");
        t.setDaemon(true);
        return t;
    });
    private final AtomicReference<String> pending = new AtomicReference<>();
    private ScheduledFuture<?> scheduled;

    DraftStore(Path file) {
        this.file = file;
    }

    Path file() {
        return file;
    }

    /** Call on the FX thread with a snapshot; the JSON is built here so no property is read off the FX thread. */
    synchronized void save(Draft draft) {
        if (writer.isShutdown()) {
            return;
        }
        pending.set(draft.toJson());
        if (scheduled == null || scheduled.isDone()) {
            scheduled = writer.schedule(this::writePending, DEBOUNCE_MS, TimeUnit.MILLISECONDS);
        }
    }

    /** Writes what is pending now and waits for it (closing the window, tests). */
    public void flush() {
        try {
            writer.submit(this::writePending).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.log(Level.WARNING, "draft not flushed", e);
        }
    }

    /** Writes what is pending and stops the writer: nothing touches the folder after this returns. */
    public synchronized void close() {
        flush();
        writer.shutdown();
        try {
            writer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    Optional<Draft> load() {
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            Draft d = Draft.fromJson(Files.readString(file, StandardCharsets.UTF_8));
            return d.isEmpty() ? Optional.empty() : Optional.of(d);
        } catch (IOException | TrunkFormatException | RuntimeException e) {
            LOG.log(Level.WARNING, "draft unreadable, ignored: " + file, e);
            return Optional.empty();
        }
    }

    synchronized void delete() {
        pending.set(null);
        if (writer.isShutdown()) {
            return;
        }
        writer.submit(() -> {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "draft not deleted", e);
            }
        });
    }

    private void writePending() {
        String json = pending.getAndSet(null);
        if (json == null) {
            return;
        }
        try {
            PrivateFolder.ensure(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), "draft", ".tmp");
            Files.writeString(tmp, json, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "draft not saved: " + file, e);
        }
    }
}
