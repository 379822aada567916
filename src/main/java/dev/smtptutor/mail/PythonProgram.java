package dev.smtptutor.mail;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The same session as a Python 3 program with smtplib, the way the seed reference shows SMTP in
 * code. The skeleton is {@code session_program.py.template}.
 */
public final class PythonProgram {

    public static final String DEFAULT_FILE = "smtp_session.py";

    private static final CodeTemplate TEMPLATE = CodeTemplate.load("session_program.py.template");

    private PythonProgram() {}

    public static String source(SessionRecipe recipe, String fileName, Optional<String> user) {
        Map<String, String> values = new HashMap<>();
        Set<String> flags = new HashSet<>();
        values.put("endpoint", recipe.host() + ":" + recipe.port());
        values.put("fileName", fileName);
        values.put("host", JavaLiterals.python(recipe.host()));
        values.put("port", String.valueOf(recipe.port()));
        values.put("ehloName", recipe.ehloName().map(JavaLiterals::python).orElse("None"));
        values.put("mails", mails(recipe.mails()));
        if (recipe.helo()) {
            flags.add("helo");
        }
        switch (recipe.tls()) {
            case REQUIRED, WHEN_OFFERED -> flags.add("starttls");
            case IMPLICIT -> flags.add("implicit");
            case NONE -> { }
        }
        if (recipe.simulator() && recipe.tls() != TlsUse.NONE) {
            flags.add("simulator");
        }
        recipe.authMechanism().ifPresent(mechanism -> {
            flags.add("auth");
            values.put("mechanismName", mechanism);
            values.put("user", JavaLiterals.python(user.orElse("")));
        });
        return TEMPLATE.render(values, flags);
    }

    private static String mails(List<MailTransaction> mails) {
        StringBuilder out = new StringBuilder();
        for (MailTransaction mail : mails) {
            out.append("\n    (").append(JavaLiterals.python(mail.mailFrom())).append(", [");
            for (int r = 0; r < mail.rcptTo().size(); r++) {
                out.append(r == 0 ? "" : ", ").append(JavaLiterals.python(mail.rcptTo().get(r)));
            }
            out.append("],");
            // One literal per line, each with its CRLF; Python joins adjacent literals into one string.
            String[] lines = mail.text().split("(?<=\r\n)");
            for (String line : lines) {
                out.append("\n        ").append(JavaLiterals.python(line));
            }
            out.append("),");
        }
        return out.toString();
    }
}
