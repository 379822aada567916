package dev.smtptutor.shell;

import dev.smtptutor.explain.CommandEntry;
import dev.smtptutor.explain.Reference;
import dev.smtptutor.text.DisplayWidth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jline.console.CmdDesc;
import org.jline.reader.LineReader;
import org.jline.utils.AttributedString;
import org.jline.widget.TailTipWidgets;

/**
 * While a command is typed, its syntax and one-line description show below the prompt, cut to the
 * terminal's width in display columns (a Chinese character takes two) so a tip never wraps.
 */
final class TailTips {

    private final LineReader reader;
    private final Supplier<Reference> reference;
    private final TailTipWidgets widgets;

    private TailTips(LineReader reader, Supplier<Reference> reference) {
        this.reader = reader;
        this.reference = reference;
        this.widgets = new TailTipWidgets(reader, tips(), 1, TailTipWidgets.TipType.TAIL_TIP);
    }

    static TailTips install(LineReader reader, Supplier<Reference> reference) {
        TailTips tips = new TailTips(reader, reference);
        tips.widgets.enable();
        // No border line: it is drawn in the terminal's line-drawing characters, which some
        // terminals (and tmux captures) show as a row of "q".
        org.jline.utils.Status.getStatus(reader.getTerminal()).setBorder(false);
        return tips;
    }

    /** The tips again, in the language now current (after /lang) and for the terminal's width now. */
    void refresh() {
        widgets.setTailTips(tips());
    }

    private Map<String, CmdDesc> tips() {
        int width = reader.getTerminal().getWidth();
        Map<String, CmdDesc> tips = new HashMap<>();
        for (CommandEntry entry : reference.get().commands()) {
            CmdDesc description = new CmdDesc(List.of(new AttributedString(tip(entry, width))), List.of(), Map.of());
            tips.put(entry.verb(), description);
            tips.put(entry.verb().toLowerCase(java.util.Locale.ROOT), description);
        }
        return tips;
    }

    /** "MAIL FROM:<address>  -  starts a message", at most one column less than the terminal. */
    static String tip(CommandEntry entry, int terminalWidth) {
        String tip = entry.syntax() + "  -  " + entry.description();
        return terminalWidth > 20 ? DisplayWidth.truncate(tip, terminalWidth - 1) : tip;
    }
}
