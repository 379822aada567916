package dev.smtptutor.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.jline.terminal.impl.DumbTerminal;
import org.jline.utils.InfoCmp.Capability;

/**
 * The terminal of script mode (input piped in): JLine's dumb terminal with the four capabilities of the
 * terminfo entry "dumb" set directly. JLine would otherwise run the external {@code infocmp -x dumb}
 * and parse its whole capability table, together a sixth of the shell's start, to learn these same four.
 */
final class PipeTerminal extends DumbTerminal {

    PipeTerminal(InputStream in, OutputStream out) throws IOException {
        super("smtp-tutor", TYPE, in, out, StandardCharsets.UTF_8);
    }

    static final String TYPE = "dumb";

    /** What {@code infocmp -x dumb} says: "dumb|80-column dumb tty, am, cols#80, bel=^G, cr=^M, cud1=^J, ind=^J". */
    @Override
    protected void parseInfoCmp() {
        bools.add(Capability.auto_right_margin);
        ints.put(Capability.columns, 80);
        strings.put(Capability.bell, "\u0007");
        strings.put(Capability.carriage_return, "\r");
        strings.put(Capability.cursor_down, "\n");
        strings.put(Capability.scroll_forward, "\n");
    }
}
