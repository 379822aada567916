package dev.smtptutor.classroom;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;

/**
 * One session's transcript, appended a whole line per write(2) as things happen: once {@link #append}
 * returns, the line is the kernel's, so killing the server cannot lose it. A crash of the machine can
 * leave a torn last line; {@link TranscriptReader} never reads one as data.
 */
final class TranscriptFile implements AutoCloseable {

    private Path path;
    private final FileChannel channel;

    TranscriptFile(Path path) throws IOException {
        Private.folder(path.getParent());
        this.path = path;
        this.channel = FileChannel.open(path, Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND), Private.fileAttributes());
    }

    synchronized void append(Entry entry) throws IOException {
        byte[] json = Json.compact(entry.toMap()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        ByteBuffer line = ByteBuffer.allocate(json.length + 1).put(json).put((byte) '\n').flip();
        while (line.hasRemaining()) {
            channel.write(line);
        }
    }

    /**
     * Moves the file (still open, still appended to) into another folder: the session said who it is.
     * No fsync of the folder: like every transcript line, the new name is the kernel's once the rename
     * returns, which is what a kill of the server needs; messages get their fsync in the journal. An
     * fsync here would make every student's login wait for the disk (and for each other's).
     */
    synchronized void moveTo(Path folder) throws IOException {
        Private.folder(folder);
        Path target = folder.resolve(path.getFileName());
        Files.move(path, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        path = target;
    }

    synchronized Path path() {
        return path;
    }

    @Override
    public synchronized void close() throws IOException {
        channel.close();
    }
}
