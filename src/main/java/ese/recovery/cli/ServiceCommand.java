package ese.recovery.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.Map;

/** A server's service, as sc.exe and the Services dialog in Control Panel start, stop and show it. */
@Command(name = "service", mixinStandardHelpOptions = true,
        description = {"Starts, stops or shows a service of a running modelled server, as 'sc start|stop|query' or the Services "
                + "dialog in Control Panel do: the request goes to the server's service control manager (its control endpoint, "
                + "<server>/control/endpoint), which starts the service's dependencies first. An Exchange 5.5 service starting "
                + "runs its database engine: hard recovery when its Restore in Progress key is there, soft recovery otherwise.",
                "Changes nothing itself: the server's services write what they write. 'query' changes nothing at all."},
        footer = EseCommand.EXIT_FOOTER)
final class ServiceCommand extends HostCommand {
    @Parameters(index = "0", paramLabel = "<operation>", description = "start, stop or query.")
    Operation operation;

    @Parameters(index = "1", paramLabel = "<service>", description = "The service's key name or display name, e.g. MSExchangeDS "
            + "or \"Microsoft Exchange Directory\".")
    String service;

    enum Operation { start, stop, query }

    @Override
    Outcome run() {
        Map<String, String> status = ask("service", operation.name(), service);
        StringBuilder text = new StringBuilder();
        serviceText(text, status);
        Json.Obj result = serviceJson(status);
        if (operation == Operation.start) {
            return started(text.toString(), result, status, "ERROR_SERVICE_SPECIFIC_ERROR", ERROR_SERVICE_SPECIFIC_ERROR);
        }
        return Outcome.of(text.toString(), result);
    }
}
