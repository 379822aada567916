package dev.smtptutor.lesson;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Just enough JSON (RFC 8259) for the progress file, read and written by hand so the tutor needs no JSON
 * library: values as a sealed tree, a strict reader that names the line of a mistake, a pretty writer.
 */
public sealed interface Json permits Json.Obj, Json.Arr, Json.Str, Json.Num, Json.Bool, Json.Null {

    record Obj(Map<String, Json> fields) implements Json {
        public Obj {
            fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        }

        /** An object with the fields in the order given: name, value, name, value... */
        public static Obj of(Object... namesAndValues) {
            Map<String, Json> fields = new LinkedHashMap<>();
            for (int i = 0; i < namesAndValues.length; i += 2) {
                fields.put((String) namesAndValues[i], (Json) namesAndValues[i + 1]);
            }
            return new Obj(fields);
        }

        public Optional<Json> get(String name) {
            return Optional.ofNullable(fields.get(name));
        }
    }

    record Arr(List<Json> items) implements Json {
        public Arr {
            items = List.copyOf(items);
        }
    }

    record Str(String value) implements Json {}

    record Num(BigDecimal value) implements Json {
        public static Num of(long value) {
            return new Num(BigDecimal.valueOf(value));
        }
    }

    record Bool(boolean value) implements Json {}

    record Null() implements Json {}

    /** The text is not JSON; the message names the line. */
    final class Malformed extends Exception {
        private static final long serialVersionUID = 1L;

        Malformed(int line, String message) {
            super("line " + line + ": " + message);
        }

        Malformed(String message) {
            super(message);
        }
    }

    static Json parse(String text) throws Malformed {
        Reader reader = new Reader(text);
        reader.space();
        Json value = reader.value();
        reader.space();
        if (!reader.atEnd()) {
            throw reader.error("unexpected text after the end of the data");
        }
        return value;
    }

    /** Two-space indented, one field per line, so a person can read (and diff) the file. */
    static String write(Json value) {
        StringBuilder out = new StringBuilder();
        write(value, out, "");
        return out.append('\n').toString();
    }

    private static void write(Json value, StringBuilder out, String indent) {
        if (value instanceof Obj obj) {
            if (obj.fields().isEmpty()) {
                out.append("{}");
                return;
            }
            out.append("{\n");
            int i = 0;
            for (Map.Entry<String, Json> field : obj.fields().entrySet()) {
                out.append(indent).append("  ");
                quote(field.getKey(), out);
                out.append(": ");
                write(field.getValue(), out, indent + "  ");
                out.append(++i < obj.fields().size() ? ",\n" : "\n");
            }
            out.append(indent).append('}');
        } else if (value instanceof Arr arr) {
            out.append('[');
            for (int i = 0; i < arr.items().size(); i++) {
                write(arr.items().get(i), out, indent);
                out.append(i + 1 < arr.items().size() ? ", " : "");
            }
            out.append(']');
        } else if (value instanceof Str str) {
            quote(str.value(), out);
        } else if (value instanceof Num num) {
            out.append(num.value().toPlainString());
        } else if (value instanceof Bool bool) {
            out.append(bool.value());
        } else {
            out.append("null");
        }
    }

    /** RFC 8259 §7: quotation mark, reverse solidus and the control characters must be escaped. */
    private static void quote(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** A recursive-descent reader over the text, counting lines for its messages. */
    final class Reader {
        private static final int MAX_DEPTH = 64;
        private final String text;
        private int at;
        private int depth;

        private Reader(String text) {
            this.text = text;
        }

        boolean atEnd() {
            return at >= text.length();
        }

        Malformed error(String message) {
            int line = 1;
            for (int i = 0; i < Math.min(at, text.length()); i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                }
            }
            return new Malformed(line, message);
        }

        void space() {
            while (!atEnd() && " \t\r\n".indexOf(text.charAt(at)) >= 0) {
                at++;
            }
        }

        Json value() throws Malformed {
            if (atEnd()) {
                throw error("the data ends too early");
            }
            char c = text.charAt(at);
            return switch (c) {
                case '{' -> object();
                case '[' -> array();
                case '"' -> new Str(string());
                case 't' -> word("true", new Bool(true));
                case 'f' -> word("false", new Bool(false));
                case 'n' -> word("null", new Null());
                default -> number();
            };
        }

        private Json word(String word, Json value) throws Malformed {
            if (!text.startsWith(word, at)) {
                throw error("unexpected '" + text.charAt(at) + "'");
            }
            at += word.length();
            return value;
        }

        private Json object() throws Malformed {
            nest();
            at++;
            Map<String, Json> fields = new LinkedHashMap<>();
            space();
            if (!atEnd() && text.charAt(at) == '}') {
                at++;
                depth--;
                return new Obj(fields);
            }
            while (true) {
                space();
                if (atEnd()) {
                    throw error("the data ends too early");
                }
                if (text.charAt(at) != '"') {
                    throw error("a field name in quotes was expected");
                }
                String name = string();
                space();
                expect(':');
                space();
                fields.put(name, value());
                space();
                if (!atEnd() && text.charAt(at) == ',') {
                    at++;
                    continue;
                }
                expect('}');
                depth--;
                return new Obj(fields);
            }
        }

        private Json array() throws Malformed {
            nest();
            at++;
            List<Json> items = new ArrayList<>();
            space();
            if (!atEnd() && text.charAt(at) == ']') {
                at++;
                depth--;
                return new Arr(items);
            }
            while (true) {
                space();
                items.add(value());
                space();
                if (!atEnd() && text.charAt(at) == ',') {
                    at++;
                    continue;
                }
                expect(']');
                depth--;
                return new Arr(items);
            }
        }

        private void nest() throws Malformed {
            if (++depth > MAX_DEPTH) {
                throw error("nested too deeply");
            }
        }

        private void expect(char c) throws Malformed {
            if (atEnd()) {
                throw error("the data ends too early");
            }
            if (text.charAt(at) != c) {
                throw error("'" + c + "' was expected");
            }
            at++;
        }

        private String string() throws Malformed {
            at++;
            StringBuilder out = new StringBuilder();
            while (true) {
                if (atEnd()) {
                    throw error("a text is not closed with '\"'");
                }
                char c = text.charAt(at++);
                if (c == '"') {
                    return out.toString();
                }
                if (c < 0x20) {
                    throw error("a control character inside a text must be escaped");
                }
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                if (atEnd()) {
                    throw error("a text is not closed with '\"'");
                }
                char e = text.charAt(at++);
                switch (e) {
                    case '"', '\\', '/' -> out.append(e);
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'u' -> {
                        if (at + 4 > text.length() || !text.substring(at, at + 4).matches("[0-9a-fA-F]{4}")) {
                            throw error("\\u needs four hexadecimal digits");
                        }
                        out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                        at += 4;
                    }
                    default -> throw error("unknown escape \\" + e);
                }
            }
        }

        private Json number() throws Malformed {
            int start = at;
            while (!atEnd() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
                at++;
            }
            String digits = text.substring(start, at);
            if (!digits.matches("-?(0|[1-9]\\d*)(\\.\\d+)?([eE][+-]?\\d+)?")) {
                at = start;
                throw error(digits.isEmpty() ? "unexpected '" + text.charAt(at) + "'" : "'" + digits + "' is not a number");
            }
            return new Num(new BigDecimal(digits));
        }
    }
}
