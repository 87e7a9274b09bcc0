package ese.recovery.cli;

import ese.recovery.host.ServerControl;
import ese.recovery.jet.JetError;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * What the commands that act on a running server share: {@code --server <folder>}, the request to its
 * control endpoint (docs/cli.md, "A server's services"), and how a service's status reads: text as
 * {@code sc query} shows it, JSON, and the JET error when a start failed with one.
 */
abstract class HostCommand extends EseCommand {
    /** The Windows error a service returns when it stopped with an error of its own (net start: "System error 1066"). */
    static final long ERROR_SERVICE_SPECIFIC_ERROR = 1066;
    /** Added to |JET error| by an Exchange 5.5 service that stops after a restore (KB Q200941). */
    static final long AFTER_RESTORE = 0xC8000000L;

    @Option(names = "--server", required = true, paramLabel = "<folder>",
            description = "The server's folder (e.g. EXCHSRV01): its control/endpoint file names where its services answer.")
    Path server;

    /** Sends a request to the server; an unknown name is a usage error, no answer exits 6. */
    Map<String, String> ask(String... request) {
        requireFolder(server);
        try {
            return ServerControl.call(server, request);
        } catch (ServerControl.UnreachableException e) {
            throw new HostFailure(ExitCodes.SERVER_UNAVAILABLE, "RPC_S_SERVER_UNAVAILABLE", 1722, server, e.getMessage());
        } catch (ServerControl.NotActiveException e) {
            throw new HostFailure(ExitCodes.SERVICE_FAILED, "ERROR_SERVICE_NOT_ACTIVE", 1062, server, e.getMessage());
        } catch (ServerControl.RefusedException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** A service's status as sc query shows it. */
    static void serviceText(StringBuilder text, Map<String, String> status) {
        text.append("SERVICE_NAME: ").append(status.get("service")).append('\n');
        text.append("DISPLAY_NAME: ").append(status.get("displayName")).append('\n');
        text.append(String.format("        STATE              : %s%n", "RUNNING".equals(status.get("state")) ? "4  RUNNING" : "1  STOPPED"));
        Optional.ofNullable(status.get("serviceSpecificError")).ifPresent(e -> text.append(String.format(
                "        WIN32_EXIT_CODE    : %d  (0x%x)%n        SERVICE_EXIT_CODE  : %s  (0x%x)%n",
                ERROR_SERVICE_SPECIFIC_ERROR, ERROR_SERVICE_SPECIFIC_ERROR, e, Long.parseLong(e))));
        Optional.ofNullable(status.get("detail")).ifPresent(d -> text.append("        LAST START         : ").append(d.replace("\n", " ")).append('\n'));
    }

    static Json.Obj serviceJson(Map<String, String> status) {
        String error = status.get("serviceSpecificError");
        return Json.object()
                .put("service", status.get("service"))
                .put("displayName", status.get("displayName"))
                .put("state", status.get("state"))
                .put("lastStart", status.get("lastStart"))
                .put("serviceSpecificError", error == null ? null : Long.parseLong(error))
                .put("jetError", error == null ? null : jetError(Long.parseLong(error)).map(JsonViews::error).orElse(null))
                .put("detail", status.get("detail"));
    }

    /**
     * The JET error a service-specific error carries: the error itself as an unsigned 32-bit number, or
     * 0xC8000000 + |error| after a restore (KB Q200941); empty for any other code.
     */
    static Optional<JetError> jetError(long serviceSpecificError) {
        if (serviceSpecificError > AFTER_RESTORE && serviceSpecificError < AFTER_RESTORE + 0x10000) {
            return JetError.byNumber(Math.toIntExact(-(serviceSpecificError - AFTER_RESTORE)));
        }
        if (serviceSpecificError >= 0x80000000L && serviceSpecificError <= 0xFFFFFFFFL) {
            return JetError.byNumber((int) serviceSpecificError);
        }
        return Optional.empty();
    }

    /**
     * The outcome when a service was asked to start: success if it runs; otherwise the JET error its
     * service-specific error carries, or exit 7 with the Windows error when it carries none.
     */
    Outcome started(String text, Json.Obj result, Map<String, String> status, String windowsError, long windowsNumber) {
        if ("RUNNING".equals(status.get("state"))) {
            return Outcome.of(text, result);
        }
        String what = status.get("displayName") + " could not start";
        String code = status.get("serviceSpecificError");
        if (code == null) {
            throw new HostFailure(ExitCodes.SERVICE_FAILED, windowsError, windowsNumber, server, what + ": " + status.getOrDefault("detail", "no start recorded"));
        }
        long error = Long.parseLong(code);
        Optional<JetError> jet = jetError(error);
        if (jet.isEmpty()) {
            throw new HostFailure(ExitCodes.SERVICE_FAILED, windowsError, windowsNumber, server,
                    what + ": service-specific error " + error + ": " + status.get("detail"));
        }
        return Outcome.of(text, result).failing(Optional.of(new Problem(jet.get(), null,
                what + ", service-specific error " + error + String.format(" (0x%x)", error))));
    }
}
