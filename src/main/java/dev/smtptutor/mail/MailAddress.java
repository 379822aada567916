package dev.smtptutor.mail;

import java.util.Optional;

/**
 * One checked address: the addr-spec that goes into the envelope and the display name, if any, that
 * only the header shows ({@code "Bob Builder" <bob@example.test>}, RFC 5322 §3.4).
 */
public record MailAddress(String address, Optional<String> displayName) {

    public static MailAddress of(String address) {
        return new MailAddress(address, Optional.empty());
    }

    @Override
    public String toString() {
        return displayName.map(name -> name + " <" + address + ">").orElse(address);
    }
}
