package dev.smtptutor.mail;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * A complete Java program, using Jakarta Mail, that performs a session the learner typed by hand.
 * The skeleton is {@code SessionProgram.java.template}; this class only decides what goes into it.
 */
public final class JavaProgram {

    public static final String DEFAULT_CLASS = "SmtpSession";

    // Mechanisms Angus speaks itself (mail.smtp.auth.mechanisms); the rest go through Java SASL.
    private static final Set<String> ANGUS_MECHANISMS = Set.of("LOGIN", "PLAIN", "DIGEST-MD5", "NTLM", "XOAUTH2");
    private static final CodeTemplate TEMPLATE = CodeTemplate.load("SessionProgram.java.template");
    private static final String INDENT = "            ";

    private JavaProgram() {}

    /** True when {@code name} can name a public class (and so the file it is saved in). */
    public static boolean isClassName(String name) {
        return SourceVersion.isIdentifier(name) && !SourceVersion.isKeyword(name);
    }

    /**
     * The program's source.
     *
     * @param className the public class, which is also the file name
     * @param user      the AUTH user, when the session logged in; the password is read from SMTP_PASSWORD
     */
    public static String source(SessionRecipe recipe, String className, Optional<String> user) {
        if (!isClassName(className)) {
            throw new IllegalArgumentException(className + " is not a Java class name");
        }
        Map<String, String> values = new HashMap<>();
        Set<String> flags = new HashSet<>();
        values.put("className", className);
        values.put("endpoint", recipe.host() + ":" + recipe.port());
        values.put("host", JavaLiterals.java(recipe.host()));
        values.put("port", String.valueOf(recipe.port()));
        values.put("mails", mails(recipe.mails()));
        values.put("greeting", recipe.helo() ? "HELO" : "EHLO");
        recipe.ehloName().ifPresent(name -> {
            flags.add("ehlo");
            values.put("ehloName", JavaLiterals.java(name));
        });
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
        if (recipe.authMechanism().isPresent()) {
            String mechanism = recipe.authMechanism().get();
            flags.add("auth");
            flags.add(ANGUS_MECHANISMS.contains(mechanism) ? "mechanism" : "sasl");
            values.put("mechanism", JavaLiterals.java(mechanism));
            values.put("mechanismName", mechanism);
            values.put("user", JavaLiterals.java(user.orElse("")));
        }
        return TEMPLATE.render(values, flags);
    }

    /** The MAILS list: each message's text one line per source line, so it reads like the session. */
    private static String mails(List<MailTransaction> mails) {
        if (mails.isEmpty()) {
            return "/* no message was accepted in the session */";
        }
        StringBuilder out = new StringBuilder();
        for (int m = 0; m < mails.size(); m++) {
            MailTransaction mail = mails.get(m);
            out.append("\n        new Mail(").append(JavaLiterals.java(envelopeFrom(mail.mailFrom())))
                    .append(", List.of(");
            for (int r = 0; r < mail.rcptTo().size(); r++) {
                out.append(r == 0 ? "" : ", ").append(JavaLiterals.java(mail.rcptTo().get(r)));
            }
            out.append("), String.join(\"\\r\\n\",");
            String[] lines = mail.text().split("\r\n", -1); // ends with "", so the text ends with CRLF
            for (int i = 0; i < lines.length; i++) {
                out.append('\n').append(INDENT).append(JavaLiterals.java(lines[i]))
                        .append(i == lines.length - 1 ? "))" : ",");
            }
            out.append(m == mails.size() - 1 ? "" : ",");
        }
        return out.toString();
    }

    /** Angus writes MAIL FROM:&lt;address&gt;; the null reverse-path (RFC 5321 §4.5.5) must be given as "&lt;&gt;". */
    static String envelopeFrom(String address) {
        return address.isEmpty() ? "<>" : address;
    }
}
