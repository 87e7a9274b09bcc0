package ese.recovery.host;

import java.util.List;

/**
 * A Windows service the service control manager starts and stops. {@link #start()} does the service's own
 * start-up and says whether it is running afterwards; a service that cannot start stops again and reports a
 * service-specific error, as the Services dialog shows it.
 */
public interface Service {
    /** The service's key name, e.g. MSExchangeDS. */
    String name();

    /** The name the Services dialog shows, e.g. Microsoft Exchange Directory. */
    String displayName();

    /** The services that must be running before this one starts (DependOnService). */
    List<String> dependsOn();

    ServiceStart start();

    void stop();

    boolean running();
}
