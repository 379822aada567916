package dev.smtptutor.mail;

/** A user name and password for AUTH. The password never appears in {@link #toString()}. */
public record Credentials(String user, String password) {

    @Override
    public String toString() {
        return "Credentials[user=" + user + ", password=********]";
    }
}
