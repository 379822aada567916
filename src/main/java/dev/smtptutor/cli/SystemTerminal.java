package dev.smtptutor.cli;

import java.io.IOException;
import java.nio.charset.Charset;
import java.util.Map;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.InfoCmp;

/**
 * The learner's own terminal, opened the quick way. Left to itself JLine loads every terminal provider
 * it knows (five; the exec one checks itself by running {@code test -t 1}) and then runs the external
 * {@code infocmp} to learn the terminal's capabilities: two processes and a tenth of a second before the
 * first word. Here only JLine's native (JNI) provider is loaded, JLine's full search runs only where that
 * fails, and for the common terminals (xterm, xterm-256color, screen, rxvt...) the terminfo entry JLine
 * ships is used as it is, the entry infocmp prints for them. The encoding is named too: JLine would
 * otherwise look for a Windows code page "ms0" and "cp0" through every charset the JDK has before it
 * settles on the JVM's default, the one named here (a fifth of the start in a terminal).
 */
final class SystemTerminal {

    private SystemTerminal() {}

    static Terminal open(String name, Map<String, String> environment) throws IOException {
        String type = environment.get("TERM");
        if (type != null && !type.isBlank()) {
            String shipped = InfoCmp.getDefaultInfoCmp(type);
            if (shipped != null) {
                InfoCmp.setLoadedInfoCmp(type, shipped);
            }
        }
        try {
            TerminalBuilder builder = TerminalBuilder.builder().system(true).name(name)
                    .jni(true).ffm(false).jansi(false).jna(false).exec(false).dumb(false);
            if (System.getProperty("org.jline.terminal.encoding") == null) {
                builder.encoding(Charset.defaultCharset());
            }
            return builder.build();
        } catch (IOException | RuntimeException | LinkageError noNativeProvider) {
            // An unusual platform, or a temporary folder JLine may not load its library from: its own search.
            return TerminalBuilder.builder().system(true).name(name).build();
        }
    }
}
