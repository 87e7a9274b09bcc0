package ese.recovery.host;

import java.util.OptionalLong;

/**
 * What starting a service came to: whether it is running, and if not, the service-specific error it
 * stopped with (for an Exchange 5.5 service, the JET error as an unsigned 32-bit number) and why.
 */
public record ServiceStart(String service, boolean running, OptionalLong serviceSpecificError, String detail) {

    public static ServiceStart started(String service, String detail) {
        return new ServiceStart(service, true, OptionalLong.empty(), detail);
    }

    public static ServiceStart failed(String service, long serviceSpecificError, String detail) {
        return new ServiceStart(service, false, OptionalLong.of(serviceSpecificError), detail);
    }

    @Override
    public String toString() {
        return service + (running ? " started: " : " could not start"
                + serviceSpecificError.stream().mapToObj(e -> " (service-specific error " + e + ")").findFirst().orElse("") + ": ") + detail;
    }
}
