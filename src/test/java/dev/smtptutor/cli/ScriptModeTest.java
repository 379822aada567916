package dev.smtptutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** `./run.sh < examples/first-mail.txt`: the shell reads a script from standard input. */
class ScriptModeTest {

    @Test
    void firstMailExampleDeliversAndExplainsEachReply() throws Exception {
        File script = new File(ForkedJvm.projectDirectory(), "examples/first-mail.txt");
        ProcessBuilder builder = ForkedJvm.main().redirectInput(script);
        builder.environment().put("NO_COLOR", "1");
        builder.environment().put("SMTP_TUTOR_HOME", new File(System.getProperty("java.io.tmpdir"),
                "smtp-tutor-script-test").getPath());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), output);
        assertTrue(output.contains("smtp> EHLO client.example.test\n<-  250-mail.example.test\n"), output);
        assertTrue(output.contains("here      The server mail.example.test accepted your EHLO."), output);
        assertTrue(output.contains("<-  250 2.1.0 Ok\n"), output);
        assertTrue(output.contains("here      The server accepted the sender"), output);
        assertTrue(output.contains("2.1.5 \"Destination address valid\""), output);
        assertTrue(output.contains("<-  354 End data with <CR><LF>.<CR><LF>"), output);
        assertTrue(output.contains("data> Hello Bob! I typed this one line at a time."), output);
        assertTrue(output.contains("<-  250 2.0.0 Ok: queued as 0000000001"), output);
        assertTrue(output.contains("here      The message is accepted"), output);
        assertTrue(output.contains("\"My first message by hand\""), output);
        assertTrue(output.contains("<-  221 2.0.0 Bye"), output);
        assertFalse(output.contains("\u001b["), "no colour codes when NO_COLOR is set");
        assertFalse(output.contains("Exception"), output);
    }
}
