package org.trunkwizard.livekit;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Makes creates for one LiveKit project take turns on this computer: every thread of this process (any SipApi), and
 * every process of this user (a lock file in the config folder, {@code FileChannel.lock}). Without turns, two runs
 * both list, both find nothing, and both create. The lock is keyed by a hash of URL and API key, so the file names
 * no project and holds no secret. Another computer does not see this lock: see the README.
 */
final class CreateTurns {

    /** FileChannel locks belong to the whole JVM (a second lock() throws): threads queue here first. */
    private static final Map<String, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private final Path folder;

    CreateTurns(Path configDir) {
        this.folder = configDir.resolve("creates");
    }

    /** The files of one project are named by this: URL and key hashed, nothing readable. */
    static String projectKey(LiveKitConnection connection) {
        return ShortHash.of(connection.baseUrl() + "\n" + connection.apiKey(), 12);
    }

    Path folder() {
        return folder;
    }

    /**
     * Waits for this project's turn. Interruptible (the window's Stop): the wait ends with an
     * InterruptedException, or a ClosedByInterruptException from the file lock.
     */
    Turn take(String projectKey) throws InterruptedException, IOException {
        ReentrantLock local = IN_PROCESS.computeIfAbsent(projectKey, k -> new ReentrantLock());
        local.lockInterruptibly();
        try {
            Files.createDirectories(folder);
            FileChannel channel = FileChannel.open(folder.resolve(projectKey + ".lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            try {
                return new Turn(local, channel, channel.lock());
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        } catch (IOException | RuntimeException e) {
            local.unlock();
            throw e;
        }
    }

    /** This process's turn, held until closed. */
    static final class Turn implements AutoCloseable {
        private final ReentrantLock local;
        private final FileChannel channel;
        private final FileLock lock;

        private Turn(ReentrantLock local, FileChannel channel, FileLock lock) {
            this.local = local;
            this.channel = channel;
            this.lock = lock;
        }

        @Override
        public void close() {
            try {
                lock.release();
                channel.close();
            } catch (IOException e) {
                // Closing the channel releases the lock; the OS does when the process ends at the latest.
            } finally {
                local.unlock();
            }
        }
    }
}
