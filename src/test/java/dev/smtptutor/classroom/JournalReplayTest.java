package dev.smtptutor.classroom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server was killed after the journal's force and before the Maildir files were written: the
 * next start writes them, byte for byte, exactly once; a torn or corrupt tail is never read as data.
 */
class JournalReplayTest {

    @TempDir
    Path dir;

    private static byte[] bytes(Journal.Record record) {
        ByteBuffer buffer = Journal.encode(record);
        byte[] out = new byte[buffer.remaining()];
        buffer.get(out);
        return out;
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        ByteBuffer all = ByteBuffer.allocate(n);
        for (byte[] p : parts) {
            all.put(p);
        }
        return all.array();
    }

    private static List<Path> files(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.sorted().toList();
        }
    }

    @Test
    void journalLeftByAKillIsWrittenToTheMaildirsOnceAndItsTornTailIgnored() throws IOException {
        ClassData data = ClassData.create(dir.resolve("data"));
        Private.folder(data.journal());
        byte[] one = "Subject: one\r\n\r\nbody one\r\n".getBytes(StandardCharsets.US_ASCII);
        byte[] two = "Subject: two\r\n\r\nbody \0two\r\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] torn = bytes(new Journal.Record("bob", "3.M0P1Q3.mx", "Subject: torn\r\n".getBytes(StandardCharsets.US_ASCII)));
        byte[] corrupt = bytes(new Journal.Record("bob", "4.M0P1Q4.mx", "Subject: bad\r\n".getBytes(StandardCharsets.US_ASCII)));
        corrupt[corrupt.length - 1] ^= 1; // a flipped bit: its CRC32 no longer matches
        Files.write(data.journal().resolve("journal.000000000007"), concat(
                bytes(new Journal.Record("bob", "1.M0P1Q1.mx", one)),
                bytes(new Journal.Record("s01", "2.M0P1Q2.mx", two)),
                corrupt));
        Files.write(data.journal().resolve("journal.000000000008"),
                java.util.Arrays.copyOf(torn, torn.length - 3)); // the machine died mid-record

        new Maildir(data, "mx").close();

        assertEquals(List.of(data.mailbox("bob").resolve("new/1.M0P1Q1.mx")), files(data.mailbox("bob").resolve("new")));
        assertEquals(List.of(data.mailbox("s01").resolve("new/2.M0P1Q2.mx")), files(data.mailbox("s01").resolve("new")));
        assertArrayEquals(one, Files.readAllBytes(data.mailbox("bob").resolve("new/1.M0P1Q1.mx")));
        assertArrayEquals(two, Files.readAllBytes(data.mailbox("s01").resolve("new/2.M0P1Q2.mx")));
        assertEquals("rw-------", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(data.mailbox("bob").resolve("new/1.M0P1Q1.mx"))));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(data.mailbox("s01"))));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(data.journal())));
        assertEquals(List.of(), files(data.journal())); // materialised and fsynced: the journal is gone
        assertEquals(List.of(), files(data.mailbox("bob").resolve("tmp")));
    }

    @Test
    void replayingTwiceOrAfterTheReaderMovedTheFileDeliversNothingTwice() throws IOException {
        ClassData data = ClassData.create(dir.resolve("data"));
        byte[] one = "Subject: one\r\n\r\nbody\r\n".getBytes(StandardCharsets.US_ASCII);
        byte[] segment = bytes(new Journal.Record("bob", "1.M0P1Q1.mx", one));
        Private.folder(data.journal());
        Files.write(data.journal().resolve("journal.000000000001"), segment);
        new Maildir(data, "mx").close();
        // A mail reader saw it: maildir(5) moves it to cur/ with flags. A second crash left the same record.
        Files.move(data.mailbox("bob").resolve("new/1.M0P1Q1.mx"), data.mailbox("bob").resolve("cur/1.M0P1Q1.mx:2,S"));
        Files.write(data.journal().resolve("journal.000000000002"), segment);
        Files.write(data.journal().resolve("journal.000000000003"), segment);
        new Maildir(data, "mx").close();

        assertEquals(List.of(), files(data.mailbox("bob").resolve("new")));
        assertEquals(List.of(data.mailbox("bob").resolve("cur/1.M0P1Q1.mx:2,S")), files(data.mailbox("bob").resolve("cur")));
        assertEquals(List.of(), files(data.journal()));
    }

    @Test
    void deliveredMessagesAreInTheMaildirAtOnceAndACleanStopLeavesNoJournal() throws IOException {
        ClassData data = ClassData.create(dir.resolve("data"));
        byte[] content = "Subject: hi\r\n\r\nhi\r\n".getBytes(StandardCharsets.US_ASCII);
        List<String> files;
        try (Maildir maildir = new Maildir(data, "mx")) {
            files = maildir.deliver(List.of("bob", "s02"), content, Instant.parse("2026-01-01T00:00:00Z"));
            assertEquals(2, files.size());
            for (String file : files) {
                assertArrayEquals(content, Files.readAllBytes(data.root().resolve(file)));
            }
        }
        assertEquals(List.of(), files(data.journal()));
        assertEquals(1, files(data.mailbox("bob").resolve("new")).size());
        assertEquals(1, files(data.mailbox("s02").resolve("new")).size());
    }
}
