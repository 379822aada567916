package dev.smtptutor.lesson;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Every message a lesson's solution types is a well-formed message (issue 17, correction 5): RFC 5322
 * §3.6 requires From: and Date:, and a message with MIME headers needs MIME-Version: 1.0 (RFC 2045 §4).
 */
class SolutionMessagesTest {

    @Test
    void everySolutionMessageHasFromDateAndMimeVersionWhenMimeIsUsed() throws Exception {
        List<String> problems = new ArrayList<>();
        int messages = 0;
        for (Lesson lesson : LessonLibrary.bundled().lessons()) {
            for (Step step : lesson.steps()) {
                for (List<String> headers : headerBlocks(step.solution())) {
                    messages++;
                    String where = lesson.id() + "/" + step.id() + ": ";
                    if (!has(headers, "from")) {
                        problems.add(where + "no From: header (RFC 5322 section 3.6)");
                    }
                    if (!has(headers, "date")) {
                        problems.add(where + "no Date: header (RFC 5322 section 3.6)");
                    }
                    boolean mime = headers.stream().anyMatch(h -> h.toLowerCase(Locale.ROOT).startsWith("content-"));
                    if (mime && !has(headers, "mime-version")) {
                        problems.add(where + "MIME headers without MIME-Version: 1.0 (RFC 2045 section 4)");
                    }
                }
            }
        }
        assertTrue(messages >= 20, "the curriculum's solutions send at least 20 messages, found " + messages);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void theCheckItselfSeesAMissingHeader() {
        List<List<String>> blocks = headerBlocks(List.of("DATA", "Subject: Hi", "Content-Type: text/plain", "", "x", "."));
        assertFalse(has(blocks.get(0), "from"));
        assertTrue(has(blocks.get(0), "subject"));
    }

    /** The header lines after each DATA of a solution, up to the empty line. */
    static List<List<String>> headerBlocks(List<String> solution) {
        List<List<String>> blocks = new ArrayList<>();
        for (int i = 0; i < solution.size(); i++) {
            if (!solution.get(i).strip().equalsIgnoreCase("DATA")) {
                continue;
            }
            List<String> headers = new ArrayList<>();
            for (int j = i + 1; j < solution.size() && !solution.get(j).isEmpty() && !solution.get(j).equals("."); j++) {
                headers.add(solution.get(j));
            }
            blocks.add(headers);
        }
        return blocks;
    }

    static boolean has(List<String> headers, String name) {
        return headers.stream().anyMatch(h -> h.toLowerCase(Locale.ROOT).startsWith(name + ":"));
    }
}
