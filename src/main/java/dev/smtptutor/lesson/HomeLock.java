package dev.smtptutor.lesson;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * An exclusive lock on a file in the tutor's home, held while a shell reads, merges and rewrites
 * it, so that two shells on the same home take turns instead of overwriting each other. The
 * operating system's file lock keeps other processes out; it is held for the whole JVM, so shells
 * in the same JVM (tests, the classroom) also take turns on a lock of their own.
 */
final class HomeLock implements AutoCloseable {

    private static final Map<Path, ReentrantLock> IN_THIS_JVM = new ConcurrentHashMap<>();

    private final ReentrantLock local;
    private final FileChannel channel;
    private final FileLock lock;

    private HomeLock(ReentrantLock local, FileChannel channel, FileLock lock) {
        this.local = local;
        this.channel = channel;
        this.lock = lock;
    }

    /** Waits until the lock file is ours. */
    static HomeLock take(Path lockFile) throws IOException {
        ReentrantLock local = IN_THIS_JVM.computeIfAbsent(lockFile.toAbsolutePath().normalize(), p -> new ReentrantLock());
        local.lock();
        try {
            PrivateFiles.restrict(lockFile);
            FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
            try {
                return new HomeLock(local, channel, channel.lock());
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        } catch (IOException | RuntimeException e) {
            local.unlock();
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
            channel.close();
        } finally {
            local.unlock();
        }
    }
}
