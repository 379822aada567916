package dev.smtptutor.cli;

import java.io.IOException;
import java.nio.charset.Charset;
import java.util.Map;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.impl.jni.JniTerminalProvider;
import org.jline.terminal.spi.SystemStream;
import org.jline.utils.InfoCmp;

/**
 * The learner's own terminal, opened the quick way. Left to itself JLine loads every terminal provider
 * it knows (five; the exec one checks itself by running {@code test -t 1}) and then runs the external
 * {@code infocmp} to learn the terminal's capabilities: two processes and a tenth of a second before the
 * first word. Here, for the common terminals (xterm, xterm-256color, screen, rxvt...), the tutor makes
 * what JLine's builder would make (its native provider's POSIX system terminal) from the terminfo entry
 * JLine ships, the one infocmp prints for them, parsed by {@link ShippedTerminfo}; for any other TERM,
 * only JLine's native provider is loaded, and JLine's full search runs only where that fails. The
 * encoding is named too: JLine would otherwise look for a Windows code page "ms0" and "cp0" through
 * every charset the JDK has before it settles on the JVM's default, the one named here.
 */
final class SystemTerminal {

    private SystemTerminal() {}

    static Terminal open(String name, Map<String, String> environment) throws IOException {
        String type = environment.get("TERM");
        JLineNativeCopy.use(dev.smtptutor.text.Resources.ownJar());
        Charset encoding = System.getProperty("org.jline.terminal.encoding") == null ? Charset.defaultCharset() : null;
        if (encoding != null && ShippedTerminfo.entry(type).isPresent()) {
            try {
                // What TerminalBuilder would make here (JLine's JNI provider, a POSIX system terminal, signals
                // handled natively), without its search of the providers and with the entry parsed quickly.
                JniTerminalProvider jni = new JniTerminalProvider();
                if (jni.isSystemStream(SystemStream.Input) && jni.isSystemStream(SystemStream.Output)) {
                    return new ShippedTerminfoTerminal(name, type, jni.current(SystemStream.Output), encoding);
                }
            } catch (IOException | RuntimeException | LinkageError noNativeProvider) {
                // JLine's builder below tries again, and then its other ways
            }
        }
        if (type != null && !type.isBlank()) {
            String shipped = InfoCmp.getDefaultInfoCmp(type);
            if (shipped != null) {
                InfoCmp.setLoadedInfoCmp(type, shipped);
            }
        }
        try {
            TerminalBuilder builder = TerminalBuilder.builder().system(true).name(name)
                    .jni(true).ffm(false).jansi(false).jna(false).exec(false).dumb(false);
            if (encoding != null) {
                builder.encoding(encoding);
            }
            return builder.build();
        } catch (IOException | RuntimeException | LinkageError noNativeProvider) {
            // An unusual platform, or a temporary folder JLine may not load its library from: its own search.
            return TerminalBuilder.builder().system(true).name(name).build();
        }
    }
}
