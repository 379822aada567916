package dev.smtptutor.cli;

import java.io.IOException;
import java.nio.charset.Charset;
import java.util.Map;
import java.util.Objects;
import org.jline.terminal.impl.PosixSysTerminal;
import org.jline.terminal.spi.Pty;

/**
 * JLine's POSIX system terminal, with its terminfo entry parsed by {@link ShippedTerminfo} and its signals
 * handled through {@link NativeSignals}: what JLine does, without its reflection and proxies.
 */
final class ShippedTerminfoTerminal extends PosixSysTerminal {

    ShippedTerminfoTerminal(String name, String type, Pty pty, Charset encoding) throws IOException {
        // JLine's own native signals off ("false"): the same is done here, the quick way.
        super(name, type, pty, encoding, false, SignalHandler.SIG_DFL);
        for (Signal signal : Signal.values()) {
            nativeHandlers.put(signal, NativeSignals.setDefault(signal));
        }
    }

    /** Called by JLine's constructor, before this class's own fields are set: it uses JLine's fields only. */
    @Override
    protected void parseInfoCmp() {
        ShippedTerminfo.fill(type, bools, ints, strings);
    }

    /** As JLine's POSIX terminal: the handler is kept, and the signal is taken from the JVM for it. */
    @Override
    public SignalHandler handle(Signal signal, SignalHandler handler) {
        Objects.requireNonNull(signal);
        Objects.requireNonNull(handler);
        SignalHandler previous = handlers.put(signal, handler);
        if (previous != handler) {
            if (handler == SignalHandler.SIG_DFL) {
                NativeSignals.setDefault(signal);
            } else {
                NativeSignals.raiseIn(this, signal);
            }
        }
        return previous;
    }

    /** The JVM's handlers from before this terminal put back, then JLine's closing (which finds none left to put back). */
    @Override
    protected void doClose() throws IOException {
        for (Map.Entry<Signal, Object> before : nativeHandlers.entrySet()) {
            NativeSignals.restore(before.getKey(), before.getValue());
        }
        nativeHandlers.clear();
        super.doClose();
    }
}
