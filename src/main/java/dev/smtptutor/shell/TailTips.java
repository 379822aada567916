package dev.smtptutor.shell;

import dev.smtptutor.explain.CommandEntry;
import dev.smtptutor.explain.Reference;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jline.console.CmdDesc;
import org.jline.reader.LineReader;
import org.jline.utils.AttributedString;
import org.jline.widget.TailTipWidgets;

/** While a command is typed, its syntax and one-line description show below the prompt. */
final class TailTips {

    private TailTips() {}

    static void install(LineReader reader, Reference reference) {
        Map<String, CmdDesc> tips = new HashMap<>();
        for (CommandEntry entry : reference.commands()) {
            CmdDesc description = new CmdDesc(List.of(
                    new AttributedString(entry.syntax() + "  -  " + entry.description())), List.of(), Map.of());
            tips.put(entry.verb(), description);
            tips.put(entry.verb().toLowerCase(java.util.Locale.ROOT), description);
        }
        TailTipWidgets widgets = new TailTipWidgets(reader, tips, 1, TailTipWidgets.TipType.TAIL_TIP);
        widgets.enable();
        // No border line: it is drawn in the terminal's line-drawing characters, which some
        // terminals (and tmux captures) show as a row of "q".
        org.jline.utils.Status.getStatus(reader.getTerminal()).setBorder(false);
    }
}
