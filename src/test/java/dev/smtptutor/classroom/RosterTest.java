package dev.smtptutor.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RosterTest {

    @Test
    void newRosterHasIdsS01ToSnnAndDistinctPronounceablePasswords() throws Exception {
        Roster roster = RosterGenerator.generate(30, new Random(7));
        assertEquals(30, roster.size());
        assertEquals("s01", roster.students().get(0).id());
        assertEquals("s30", roster.students().get(29).id());
        Set<String> passwords = new HashSet<>();
        for (Student student : roster.students()) {
            assertTrue(student.password().matches("([bdfgkmnprstvz][aeiou]){3}-([bdfgkmnprstvz][aeiou]){4}[0-9]{2}"),
                    student.password());
            passwords.add(student.password());
        }
        assertEquals(30, passwords.size());
        String csv = RosterReader.write(roster);
        assertTrue(csv.startsWith("id,name,password\ns01,Student 1,"), csv);
        assertEquals(roster.students(), RosterReader.parse("r.csv", csv).students());
    }

    @Test
    void teachersOwnRosterWithQuotedNamesReads() throws Exception {
        Roster roster = RosterReader.parse("r.csv",
                "\uFEFFid,name,password\r\nADA,\"Lovelace, Ada\",p1\r\ned,\"Said \"\"Ed\"\"\",p2\r\n\r\n");
        assertEquals(List.of(new Student("ada", "Lovelace, Ada", "p1"), new Student("ed", "Said \"Ed\"", "p2")),
                roster.students());
    }

    @Test
    void missingColumnIsReportedOnTheHeaderLine() {
        ClassroomException e = assertThrows(ClassroomException.class,
                () -> RosterReader.parse("roster.csv", "id,name\ns01,Ada\n"));
        assertEquals(List.of("roster.csv:1: the first line must be id,name,password, not 'id,name'"), e.problems());
    }

    @Test
    void duplicateIdEmptyPasswordAndBadIdAreEachReportedWithTheirLine() {
        ClassroomException e = assertThrows(ClassroomException.class, () -> RosterReader.parse("roster.csv",
                "id,name,password\ns01,Ada,a\ns02,Bob,\ns01,Cy,c\n../x,Dee,d\n"));
        assertEquals(List.of(
                "roster.csv:3: student s02 has an empty password; every student needs one to log in",
                "roster.csv:4: the id 's01' is already used on line 2",
                "roster.csv:5: the id '../x' may only hold lower-case letters, digits, '.' and '-' (it becomes a mailbox and a folder name)"),
                e.problems());
    }

    @Test
    void passwordNeverAppearsInAStudentsToString() {
        assertEquals("Student[s01]", new Student("s01", "Ada", "secret").toString());
    }
}
