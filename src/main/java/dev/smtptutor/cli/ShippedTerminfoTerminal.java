package dev.smtptutor.cli;

import java.io.IOException;
import java.nio.charset.Charset;
import org.jline.terminal.impl.PosixSysTerminal;
import org.jline.terminal.spi.Pty;

/** JLine's POSIX system terminal, with its terminfo entry parsed by {@link ShippedTerminfo}. */
final class ShippedTerminfoTerminal extends PosixSysTerminal {

    ShippedTerminfoTerminal(String name, String type, Pty pty, Charset encoding) throws IOException {
        super(name, type, pty, encoding, true, SignalHandler.SIG_DFL);
    }

    /** Called by JLine's constructor, before this class's own fields are set: it uses JLine's fields only. */
    @Override
    protected void parseInfoCmp() {
        ShippedTerminfo.fill(type, bools, ints, strings);
    }
}
