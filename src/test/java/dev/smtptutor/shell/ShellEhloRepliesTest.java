package dev.smtptutor.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real providers' multi-line EHLO replies pasted into /explain: every capability line gets its explanation. */
class ShellEhloRepliesTest {

    @TempDir
    Path home;

    private static List<List<String>> replies() throws IOException {
        String text;
        try (InputStream in = ShellEhloRepliesTest.class.getResourceAsStream("ehlo-replies.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<List<String>> replies = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.startsWith("#")) {
                continue;
            }
            if (line.isBlank()) {
                if (!current.isEmpty()) {
                    replies.add(current);
                    current = new ArrayList<>();
                }
            } else {
                current.add(line);
            }
        }
        if (!current.isEmpty()) {
            replies.add(current);
        }
        return replies;
    }

    @Test
    void everyCapabilityOfADozenRealEhloRepliesIsExplained() throws IOException {
        List<List<String>> replies = replies();
        assertTrue(replies.size() >= 12, "a dozen replies, not " + replies.size());
        ShellDriver driver = new ShellDriver(home);
        for (List<String> reply : replies) {
            driver.line("/explain " + String.join("\\n", reply));
        }
        String text = driver.run().text();
        String[] sessions = text.split("smtp> /explain ");
        assertEquals(replies.size() + 1, sessions.length);
        for (int i = 0; i < replies.size(); i++) {
            List<String> reply = replies.get(i);
            String shown = sessions[i + 1];
            for (String line : reply.subList(1, reply.size())) {
                String keyword = line.substring(4).split(" ")[0].toUpperCase(java.util.Locale.ROOT); // keywords ignore case
                assertTrue(shown.contains("     extension " + keyword), keyword + " of " + reply.get(0) + " in:\n" + shown);
            }
            assertTrue(shown.contains("     here      "), "explained as an EHLO reply: " + shown);
        }
        assertTrue(text.contains("(unknown)"), "an unknown keyword is said to be unknown");
    }
}
