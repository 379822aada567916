package dev.smtptutor.explain;

import dev.smtptutor.protocol.EhloResponse;
import dev.smtptutor.protocol.Extension;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The extension lines of an EHLO reply (RFC 5321 §4.1.1.1), one note each, in the server's order. A keyword
 * the tutor does not know is reported as unknown, never dropped.
 */
final class CapabilityExplainer {

    private static final String[] UNITS = {"KiB", "MiB", "GiB", "TiB"};

    private final Texts texts;

    CapabilityExplainer(Texts texts) {
        this.texts = texts;
    }

    List<CapabilityNote> explain(EhloResponse ehlo) {
        return ehlo.extensions().stream().map(this::note).toList();
    }

    /** Remarks on the reply as a whole: no extensions at all, or a password mechanism offered before TLS. */
    List<String> notes(EhloResponse ehlo) {
        List<String> notes = new ArrayList<>();
        if (ehlo.extensions().isEmpty()) {
            notes.add(texts.require("note.no-extensions"));
        }
        // RFC 3207 §4.2: a server still offering STARTTLS is not on TLS yet.
        boolean cleartextPassword = mechanisms(ehlo).stream().anyMatch(m -> m.equals("PLAIN") || m.equals("LOGIN"));
        if (ehlo.supports("STARTTLS") && cleartextPassword) {
            notes.add(texts.require("note.auth-before-tls"));
        }
        return notes;
    }

    private CapabilityNote note(Extension extension) {
        String keyword = extension.keyword();
        List<String> params = extension.params();
        Optional<String> text;
        if (keyword.equals("SIZE")) {
            text = Optional.of(size(params));
        } else if (keyword.equals("AUTH")) {
            text = Optional.of(params.isEmpty() ? texts.require("keyword.AUTH.none")
                    : Texts.fill(texts.require("keyword.AUTH"), Map.of("mechanisms", describe(params))));
        } else if (keyword.startsWith("AUTH=")) {
            List<String> mechanisms = new ArrayList<>(List.of(keyword.substring("AUTH=".length())));
            mechanisms.addAll(params);
            text = Optional.of(Texts.fill(texts.require("keyword.old-auth"), Map.of("mechanisms", describe(mechanisms))));
        } else if (keyword.equals("DELIVERBY") && !params.isEmpty() && params.get(0).matches("\\d{1,9}")) {
            text = Optional.of(Texts.fill(texts.require("keyword.DELIVERBY.min"), Map.of("seconds", params.get(0))));
        } else {
            text = texts.get("keyword." + keyword);
        }
        if (text.isPresent()) {
            return new CapabilityNote(keyword, params, text.get(), true);
        }
        // RFC 5321 §2.2.2: keywords starting with X are local extensions, agreed between the two parties only.
        String template = keyword.startsWith("X") ? "unknown-private" : "unknown";
        return new CapabilityNote(keyword, params, Texts.fill(texts.require(template), Map.of("keyword", keyword)), false);
    }

    // RFC 1870 §4: "SIZE" without a number, or "SIZE 0", means no fixed maximum.
    private String size(List<String> params) {
        if (params.isEmpty() || !params.get(0).matches("\\d{1,18}") || Long.parseLong(params.get(0)) == 0) {
            return texts.require("keyword.SIZE.unlimited");
        }
        long octets = Long.parseLong(params.get(0));
        return Texts.fill(texts.require("keyword.SIZE"), Map.of("octets", String.valueOf(octets), "size", humanSize(octets)));
    }

    private String describe(List<String> mechanisms) {
        return mechanisms.stream().map(m -> m.toUpperCase(Locale.ROOT))
                .map(m -> texts.get("mechanism." + m)
                        .orElseGet(() -> Texts.fill(texts.require("mechanism.unknown"), Map.of("name", m))))
                .collect(Collectors.joining(", "));
    }

    private static List<String> mechanisms(EhloResponse ehlo) {
        List<String> all = new ArrayList<>(ehlo.authMechanisms());
        for (Extension e : ehlo.extensions()) {
            if (e.keyword().startsWith("AUTH=")) {
                all.add(e.keyword().substring("AUTH=".length()));
                e.params().forEach(p -> all.add(p.toUpperCase(Locale.ROOT)));
            }
        }
        return all;
    }

    /** A size in binary units with at most one decimal: 10240000 is "9.8 MiB", 52428800 is "50 MiB". */
    static String humanSize(long octets) {
        if (octets < 1024) {
            return octets + (octets == 1 ? " octet" : " octets");
        }
        double value = octets;
        int unit = -1;
        while (value >= 1024 && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.toPlainString() + " " + UNITS[unit];
    }
}
