package dev.smtptutor.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each answer to /compose is checked as typed, and a problem names the field and what was typed. */
class ComposeInputTest {

    @TempDir
    Path dir;

    private static <T> String problem(Checked<T> checked) {
        return ((Checked.Bad<T>) checked).problem();
    }

    private static <T> T value(Checked<T> checked) {
        return ((Checked.Ok<T>) checked).value();
    }

    @Test
    void addressListKeepsDisplayNamesApartFromAddresses() {
        List<MailAddress> to = value(ComposeInput.addresses("To", "\"Bob Builder\" <bob@example.test>, carol@example.test", true));
        assertEquals(List.of(new MailAddress("bob@example.test", Optional.of("Bob Builder")),
                MailAddress.of("carol@example.test")), to);
    }

    @Test
    void addressWithoutDomainNamesFieldAndValue() {
        assertEquals("To: \"bob\" is not a valid e-mail address (Missing final '@domain'). Write it as name@domain,"
                + " e.g. bob@example.test.",
                problem(ComposeInput.addresses("To", "bob", true)));
    }

    @Test
    void addressWithBrokenDomainSaysWhyInJakartaMailsWords() {
        assertEquals("To: \"bob@\" is not a valid e-mail address (Missing domain). Write it as name@domain, e.g."
                + " bob@example.test.", problem(ComposeInput.addresses("To", "bob@", true)));
    }

    @Test
    void addressWithSpaceIsInvalid() {
        assertEquals("Cc: \"bob smith@example.test\" is not a valid e-mail address (Local address contains control or"
                + " whitespace). Write it as name@domain, e.g. bob@example.test.",
                problem(ComposeInput.addresses("Cc", "bob smith@example.test", false)));
    }

    @Test
    void emptyRequiredAddressIsNamed() {
        assertEquals("From: an address is needed here, e.g. alice@example.test.",
                problem(ComposeInput.sender("From", "  ")));
    }

    @Test
    void emptyOptionalListIsNoRecipients() {
        assertEquals(List.of(), value(ComposeInput.addresses("Cc", "", false)));
    }

    @Test
    void senderIsOneAddress() {
        assertEquals("From: \"a@example.test, b@example.test\" names more than one address; a message has one author"
                + " here, and it becomes MAIL FROM.", problem(ComposeInput.sender("From", "a@example.test, b@example.test")));
    }

    @Test
    void missingAttachmentNamesTheFile() {
        Path missing = dir.resolve("report.pdf");
        assertEquals("Attachment: there is no file " + missing + ". Check the path (a relative path starts in the"
                + " directory the tutor was started from), or press Enter for no attachment.",
                problem(ComposeInput.attachment(missing.toString())));
    }

    @Test
    void directoryIsNoAttachment() {
        assertEquals("Attachment: " + dir + " is a directory, not a file.", problem(ComposeInput.attachment(dir.toString())));
    }

    @Test
    void existingFileIsAccepted() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.txt"), "hello");
        assertEquals(Optional.of(file), value(ComposeInput.attachment(" " + file + " ")));
        assertEquals(Optional.empty(), value(ComposeInput.attachment("")));
    }
}
