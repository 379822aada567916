package dev.smtptutor.shell;

import dev.smtptutor.protocol.ReplyClass;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

/**
 * The shell's colours, one per reply class, and none at all when NO_COLOR is set
 * (https://no-color.org) or the terminal cannot show them.
 */
public final class Styles {

    private final boolean colour;

    public Styles(boolean colour) {
        this.colour = colour;
    }

    /** Colour unless NO_COLOR is set to anything, or the terminal is dumb. */
    public static Styles forTerminal(String terminalType, java.util.Map<String, String> environment) {
        boolean noColor = environment.containsKey("NO_COLOR");
        boolean dumb = terminalType == null || terminalType.startsWith("dumb");
        return new Styles(!noColor && !dumb);
    }

    public boolean colour() {
        return colour;
    }

    public AttributedStyle replyClass(ReplyClass replyClass) {
        if (!colour) {
            return AttributedStyle.DEFAULT;
        }
        return switch (replyClass) {
            case POSITIVE_COMPLETION -> AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN);
            case POSITIVE_INTERMEDIATE -> AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN);
            case TRANSIENT_NEGATIVE -> AttributedStyle.DEFAULT.foreground(AttributedStyle.YELLOW);
            case PERMANENT_NEGATIVE -> AttributedStyle.DEFAULT.foreground(AttributedStyle.RED);
        };
    }

    public AttributedStyle dim() {
        return colour ? AttributedStyle.DEFAULT.faint() : AttributedStyle.DEFAULT;
    }

    public AttributedStyle bold() {
        return colour ? AttributedStyle.BOLD : AttributedStyle.DEFAULT;
    }

    public AttributedStyle verb() {
        return colour ? AttributedStyle.BOLD.foreground(AttributedStyle.BLUE) : AttributedStyle.DEFAULT;
    }

    public AttributedStyle address() {
        return colour ? AttributedStyle.DEFAULT.foreground(AttributedStyle.MAGENTA) : AttributedStyle.DEFAULT;
    }

    public AttributedStyle mistake() {
        return colour ? AttributedStyle.DEFAULT.foreground(AttributedStyle.RED).underline() : AttributedStyle.DEFAULT;
    }

    public AttributedStyle warning() {
        return colour ? AttributedStyle.BOLD.foreground(AttributedStyle.YELLOW) : AttributedStyle.DEFAULT;
    }

    public AttributedStyle error() {
        return colour ? AttributedStyle.BOLD.foreground(AttributedStyle.RED) : AttributedStyle.DEFAULT;
    }

    public AttributedStyle hint() {
        return colour ? AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN) : AttributedStyle.DEFAULT;
    }

    public AttributedString styled(String text, AttributedStyle style) {
        return new AttributedString(text, style);
    }
}
