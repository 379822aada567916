package dev.smtptutor.shell;

import dev.smtptutor.explain.ExplanationText;
import dev.smtptutor.mail.BounceReader;
import dev.smtptutor.mail.BounceReport;
import dev.smtptutor.mail.Checked;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** /explain --bounce FILE: a saved bounce read with Jakarta Mail, each reply and status explained. */
final class BounceExplain {

    static final String OPTION = "--bounce";

    private BounceExplain() {}

    static void run(String fileName, ShellSession session) {
        ShellOutput out = session.out();
        if (fileName.isBlank()) {
            out.warn(Messages.get("explain.bounce-usage"));
            return;
        }
        Path file;
        try {
            file = Path.of(fileName);
        } catch (InvalidPathException e) {
            out.warn(Messages.get("explain.bounce-usage"));
            return;
        }
        Checked<BounceReport> read;
        try {
            read = BounceReader.read(BoundedInput.readFile(file, BoundedInput.BOUNCE_CAP));
        } catch (BoundedInput.TooLarge e) {
            out.warn(fileName + ": " + e.getMessage());
            return;
        } catch (java.io.IOException e) {
            read = BounceReader.read(file); // missing or unreadable: its own words say which
        }
        if (read instanceof Checked.Bad<BounceReport> bad) {
            out.warn(bad.problem());
            return;
        }
        BounceReport report = ((Checked.Ok<BounceReport>) read).value();
        if (report.isEmpty()) {
            out.warn(BounceReportView.nothingFound(fileName));
            return;
        }
        new BounceReportView(session.explainer(), ExplanationText.Detail.FULL).lines(report).forEach(out::line);
    }
}
