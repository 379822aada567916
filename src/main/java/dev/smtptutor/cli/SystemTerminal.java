package dev.smtptutor.cli;

import java.io.IOException;
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
 * ships is used as it is, the entry infocmp prints for them.
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
            return TerminalBuilder.builder().system(true).name(name)
                    .jni(true).ffm(false).jansi(false).jna(false).exec(false).dumb(false).build();
        } catch (IOException | RuntimeException | LinkageError noNativeProvider) {
            // An unusual platform, or a temporary folder JLine may not load its library from: its own search.
            return TerminalBuilder.builder().system(true).name(name).build();
        }
    }
}
