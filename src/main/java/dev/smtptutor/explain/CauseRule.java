package dev.smtptutor.explain;

import dev.smtptutor.protocol.EnhancedStatusCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** One row of causes.tsv: the codes and the words that reveal a cause. */
record CauseRule(String id, String key, List<CodeMatch> codes, Optional<Pattern> text, List<String> groups, int line) {

    private static final Pattern GROUP_NAME = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");

    /** A code in the codes column: 550, 5xx, 5.7.26, *.7.650, 5.7.606-649. */
    record CodeMatch(int basic, char basicClass, char enhancedClass, int subject, int detailFrom, int detailTo) {

        boolean matches(int code, Optional<EnhancedStatusCode> enhanced) {
            if (basic > 0) {
                return code == basic;
            }
            if (basicClass != 0) {
                return Character.forDigit(code / 100, 10) == basicClass;
            }
            return enhanced.filter(e -> (enhancedClass == '*' || Character.forDigit(e.codeClass(), 10) == enhancedClass)
                    && e.subject() == subject && e.detail() >= detailFrom && e.detail() <= detailTo).isPresent();
        }

        static CodeMatch parse(String cell, String where) {
            if (cell.matches("[2-5]\\d\\d")) {
                return new CodeMatch(Integer.parseInt(cell), (char) 0, (char) 0, 0, 0, 0);
            }
            if (cell.matches("[2-5]xx")) {
                return new CodeMatch(0, cell.charAt(0), (char) 0, 0, 0, 0);
            }
            Matcher m = Pattern.compile("([245*])\\.(\\d{1,3})\\.(\\d{1,3})(?:-(\\d{1,3}))?").matcher(cell);
            if (!m.matches()) {
                throw new IllegalStateException(where + ": '" + cell + "' is not a code (550, 5xx, 5.7.26, *.7.650, 5.7.606-649)");
            }
            int from = Integer.parseInt(m.group(3));
            int to = m.group(4) == null ? from : Integer.parseInt(m.group(4));
            return new CodeMatch(0, (char) 0, m.group(1).charAt(0), Integer.parseInt(m.group(2)), from, to);
        }
    }

    static CauseRule of(TsvTable.Row row, String file) {
        String where = file + ":" + row.line();
        List<CodeMatch> codes = new ArrayList<>();
        String codeCell = row.get("codes").strip();
        if (!codeCell.equals("-")) {
            for (String cell : codeCell.split("\\s+")) {
                codes.add(CodeMatch.parse(cell, where));
            }
        }
        String textCell = row.get("text").strip();
        Optional<Pattern> text = Optional.empty();
        List<String> groups = new ArrayList<>();
        if (!textCell.equals("-")) {
            try {
                text = Optional.of(Pattern.compile(textCell, Pattern.CASE_INSENSITIVE));
            } catch (PatternSyntaxException e) {
                throw new IllegalStateException(where + ": the text is not a valid regular expression: " + e.getDescription());
            }
            Matcher names = GROUP_NAME.matcher(textCell);
            while (names.find()) {
                groups.add(names.group(1));
            }
        }
        if (codes.isEmpty() && text.isEmpty()) {
            throw new IllegalStateException(where + ": a row needs codes or a text (or both)");
        }
        return new CauseRule(row.get("id").strip(), row.get("key").strip().toLowerCase(Locale.ROOT), List.copyOf(codes),
                text, List.copyOf(groups), row.line());
    }

    boolean codesMatch(int code, Optional<EnhancedStatusCode> enhanced) {
        return codes.isEmpty() || codes.stream().anyMatch(c -> c.matches(code, enhanced));
    }
}
