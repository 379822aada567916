package dev.smtptutor.classroom;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Makes renamed files durable in groups: the session threads write and fsync their own files (in
 * parallel, so the file system's journal commits many at once), then one thread renames every file
 * waiting and fsyncs each folder once for all of them. A class that sends at once pays for one
 * folder fsync per burst, not one per message. Postfix does the same for its queue files.
 */
final class GroupCommit implements AutoCloseable {

    private record Pending(Path from, Path to, CompletableFuture<Void> done) {}

    private static final Pending STOP = new Pending(null, null, null);

    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Thread committer;

    GroupCommit() {
        committer = new Thread(this::run, "classroom-group-commit");
        committer.setDaemon(true);
        committer.start();
    }

    /** Renames {@code from} to {@code to} (atomically) and returns once both folders are on disk. */
    void rename(Path from, Path to) throws IOException {
        CompletableFuture<Void> done = new CompletableFuture<>();
        queue.add(new Pending(from, to, done));
        try {
            done.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw new IOException(e.getCause());
        }
    }

    private void run() {
        List<Pending> batch = new ArrayList<>();
        while (true) {
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                return;
            }
            queue.drainTo(batch);
            boolean stop = batch.remove(STOP);
            commit(batch);
            batch.clear();
            if (stop) {
                return;
            }
        }
    }

    private static void commit(List<Pending> batch) {
        Set<Path> folders = new LinkedHashSet<>();
        List<Pending> moved = new ArrayList<>();
        for (Pending pending : batch) {
            try {
                Files.move(pending.from, pending.to, StandardCopyOption.ATOMIC_MOVE);
                folders.add(pending.to.getParent()); // tmp/ need not be: a leftover there is never read
                moved.add(pending);
            } catch (IOException e) {
                pending.done.completeExceptionally(new UncheckedIOException(e));
            }
        }
        IOException failed = null;
        for (Path folder : folders) {
            try {
                syncFolder(folder);
            } catch (IOException e) {
                failed = e;
            }
        }
        for (Pending pending : moved) {
            if (failed == null) {
                pending.done.complete(null);
            } else {
                pending.done.completeExceptionally(new UncheckedIOException(failed));
            }
        }
    }

    /** fsync on a folder makes the names in it durable (Linux; elsewhere opening a folder may fail). */
    static void syncFolder(Path folder) throws IOException {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            if (!System.getProperty("os.name", "").startsWith("Windows")) {
                throw e;
            }
        }
    }

    @Override
    public void close() {
        queue.add(STOP);
        try {
            committer.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
