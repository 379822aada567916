package dev.smtptutor.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** probe shows the cause a refusing banner's words reveal. */
class ProbeCauseTest {

    @Test
    void aBlocklistedBannerIsExplainedWithTheListNamed() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread serving = new Thread(() -> {
                try (Socket client = server.accept()) {
                    OutputStream out = client.getOutputStream();
                    out.write(("554 5.7.1 Service unavailable; Client host [127.0.0.1] blocked using zen.spamhaus.org\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    InputStream in = client.getInputStream();
                    client.setSoTimeout(5000);
                    byte[] buffer = new byte[512];
                    while (in.read(buffer) > 0) {
                        out.write("221 2.0.0 Bye\r\n".getBytes(StandardCharsets.US_ASCII));
                        out.flush();
                        break;
                    }
                } catch (IOException e) {
                    // the probe hung up: nothing more to serve
                }
            });
            serving.start();
            StringWriter out = new StringWriter();
            CommandLine cli = new CommandLine(new Main());
            cli.setOut(new PrintWriter(out));
            cli.setErr(new PrintWriter(out));
            cli.execute("probe", "127.0.0.1:" + server.getLocalPort());
            serving.join(10_000);
            assertTrue(out.toString().contains("cause: Your sending IP 127.0.0.1 is listed on Spamhaus ZEN"), out.toString());
        }
    }
}
