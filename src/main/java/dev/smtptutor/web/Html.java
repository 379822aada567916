package dev.smtptutor.web;

/** HTML escaping for text and attribute values (OWASP's five characters), after {@link Visible}. */
public final class Html {

    private Html() {}

    /** Safe as element text and inside a double- or single-quoted attribute value. */
    public static String escape(String text) {
        String visible = Visible.of(text);
        StringBuilder out = new StringBuilder(visible.length() + 16);
        for (int i = 0; i < visible.length(); i++) {
            char c = visible.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
