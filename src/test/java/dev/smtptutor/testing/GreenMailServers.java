package dev.smtptutor.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.util.Arrays;

/**
 * GreenMail, a real third-party SMTP server, started for a test on free loopback ports. Its own
 * two-second start-up limit is too tight on a busy two-core CI machine (the SMTPS port makes a
 * certificate first), so the limit here is generous; start() still returns as soon as it is up.
 */
public final class GreenMailServers {

    private static final long STARTUP_TIMEOUT_MS = 30_000;

    private GreenMailServers() {}

    /** Plain SMTP only. */
    public static GreenMail smtp() {
        return start(ServerSetupTest.SMTP);
    }

    /** Plain SMTP and SMTPS (implicit TLS). */
    public static GreenMail smtpAndSmtps() {
        return start(ServerSetupTest.SMTP, ServerSetupTest.SMTPS);
    }

    private static GreenMail start(ServerSetup... setups) {
        ServerSetup[] dynamic = Arrays.stream(setups).map(ServerSetup::dynamicPort).toArray(ServerSetup[]::new);
        for (ServerSetup setup : dynamic) {
            setup.setServerStartupTimeout(STARTUP_TIMEOUT_MS);
        }
        GreenMail greenMail = new GreenMail(dynamic);
        greenMail.start();
        return greenMail;
    }
}
