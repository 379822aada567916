package dev.smtptutor.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smtptutor.classroom.StudentSnapshot;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.junit.jupiter.api.Test;

class BoardRowsTest {

    private static StudentSnapshot student(int n, int sessions, int code) {
        return new StudentSnapshot(String.format("s%02d", n), "Student " + n, sessions, "GREETED", "MAIL FROM:<x@y>",
                code + " 5.7.1 no\u001b[2J", code, 1, 2, new BigDecimal("3.5"), List.of());
    }

    @Test
    void aRowPerStudentWithReplyColouredByClassAndControlCharactersEscaped() {
        List<StudentSnapshot> class100 = new ArrayList<>();
        for (int n = 1; n <= 100; n++) {
            class100.add(student(n, n % 2, n % 3 == 0 ? 550 : 250));
        }
        List<AttributedString> rows = BoardRows.students(class100, 0, 120, 30);
        assertEquals(30, rows.size()); // header, 28 students that fit, the keys line
        String first = rows.get(1).toString();
        assertTrue(first.startsWith("s01    Student 1      ●    GREETED    MAIL FROM:<x@y>            250 5.7.1 no\\x1b[2J"), first);
        assertTrue(first.endsWith("    1    2    3.5"), first);
        String third = rows.get(3).toString();
        int reply = third.indexOf("550");
        assertEquals(AttributedStyle.DEFAULT.foreground(AttributedStyle.RED), rows.get(3).styleAt(reply));
        assertTrue(rows.get(2).toString().startsWith("s02    Student 2      ·"), rows.get(2).toString());
    }

    @Test
    void theChosenStudentStaysInViewWhenTheClassIsLongerThanTheScreen() {
        List<StudentSnapshot> class100 = new ArrayList<>();
        for (int n = 1; n <= 100; n++) {
            class100.add(student(n, 1, 250));
        }
        List<AttributedString> rows = BoardRows.students(class100, 99, 120, 12);
        assertTrue(rows.get(rows.size() - 2).toString().startsWith("s100"), rows.toString());
    }
}
