package dev.smtptutor.mail;

/**
 * The words of an HTML part, enough to find a quoted reply in it: tags become line breaks or spaces,
 * and the few entities that appear around replies are decoded. Not an HTML renderer.
 */
final class HtmlText {

    private HtmlText() {}

    static String of(String html) {
        return html.replaceAll("(?is)<(script|style)[^>]*>.*?</\\1>", " ")
                .replaceAll("(?i)<br\\s*/?>|</(p|div|tr|li|h\\d)>", "\n")
                .replaceAll("<[^>]+>", " ")
                .replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&#x27;", "'").replace("&amp;", "&")
                .replaceAll("[ \\t]+", " ");
    }
}
