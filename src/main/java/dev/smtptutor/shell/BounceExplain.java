package dev.smtptutor.shell;

import dev.smtptutor.explain.ExplanationText;
import dev.smtptutor.mail.BounceReader;
import dev.smtptutor.mail.BounceReport;
import dev.smtptutor.mail.Checked;
import dev.smtptutor.mail.BounceFiles;
import dev.smtptutor.mail.MailTexts;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
        List<Path> given = new ArrayList<>();
        try {
            // One name that exists is taken whole (it may hold spaces); otherwise the names are split at spaces.
            Path whole = Path.of(fileName.strip());
            if (Files.exists(whole)) {
                given.add(whole);
            } else {
                for (String name : fileName.strip().split("\\s+")) {
                    given.add(Path.of(name));
                }
            }
        } catch (InvalidPathException e) {
            out.warn(Messages.get("explain.bounce-usage"));
            return;
        }
        BounceFiles.Found found = BounceFiles.expand(given);
        if (found.files().isEmpty()) {
            out.warn(MailTexts.bounce().get("files.none", "folder", fileName.strip()));
            return;
        }
        boolean several = found.files().size() > 1;
        BounceReportView view = new BounceReportView(session.explainer(), ExplanationText.Detail.FULL);
        for (Path file : found.files()) {
            Checked<BounceReport> read = BounceReader.read(file);
            if (read instanceof Checked.Bad<BounceReport> bad) {
                out.warn(bad.problem());
                continue;
            }
            BounceReport report = ((Checked.Ok<BounceReport>) read).value();
            if (report.isEmpty()) {
                out.warn(BounceReportView.nothingFound(file.toString()));
                continue;
            }
            if (several) {
                out.line(MailTexts.bounce().get("file.heading", "file", file));
            }
            view.lines(report).forEach(out::line);
        }
    }
}
