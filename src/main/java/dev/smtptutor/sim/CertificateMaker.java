package dev.smtptutor.sim;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Instant;

/** Makes the simulator's self-signed certificate (public: its maker may live in a class loader of its own). */
public interface CertificateMaker {

    /** A certificate for the host name, localhost and 127.0.0.1, valid from an hour before {@code now} for a year. */
    X509Certificate make(String hostName, KeyPair keys, Instant now) throws GeneralSecurityException;
}
