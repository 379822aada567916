package dev.smtptutor.classroom;

/** Writing CSV (RFC 4180), the half the project's reader ({@code files.CsvFile}) does not do. */
final class CsvField {

    private CsvField() {}

    /** A field as CSV writes it: quoted when it holds a comma, a quote or a line end. */
    static String quote(String field) {
        if (field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")) {
            return "\"" + field.replace("\"", "\"\"") + "\"";
        }
        return field;
    }
}
