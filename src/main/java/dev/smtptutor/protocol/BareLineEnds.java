package dev.smtptutor.protocol;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Message text with deliberate bare line ends, written {@code <LF>} and {@code <CR>} by the learner:
 * how SMTP smuggling is shown (a bare LF is a line end to a lenient server and none to a strict one,
 * RFC 5321 §2.3.8). Each typed line still ends with CRLF and is dot-stuffed as usual
 * (RFC 5321 §4.5.2); what follows a token is sent as it stands, which is the point.
 */
public final class BareLineEnds {

    public static final String LF = "<LF>";
    public static final String CR = "<CR>";

    private BareLineEnds() {}

    /** True when any line asks for a bare line end. */
    public static boolean requested(List<String> lines) {
        return lines.stream().anyMatch(line -> line.contains(LF) || line.contains(CR));
    }

    /** The lines as wire bytes: tokens become bare LF or CR, each line ends with CRLF, then ".CRLF". */
    public static byte[] encode(List<String> lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String line : lines) {
            String stuffed = DotStuffing.stuffLine(line);
            out.writeBytes(stuffed.replace(LF, "\n").replace(CR, "\r").getBytes(StandardCharsets.UTF_8));
            out.writeBytes(new byte[] {'\r', '\n'});
        }
        out.writeBytes(new byte[] {'.', '\r', '\n'});
        return out.toByteArray();
    }
}
