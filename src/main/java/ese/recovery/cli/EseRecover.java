package ese.recovery.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/**
 * {@code eserecover}: reads and recovers the files of an ESE (Exchange) log stream in a folder, the
 * way eseutil does (/mh, /ml, /mk, /r), on the model's real files. Each command is one class
 * extending {@link EseCommand}, listed here; the contract (commands, options, output fields, exit
 * codes) is docs/cli.md.
 */
@Command(name = "eserecover", mixinStandardHelpOptions = true, versionProvider = EseRecover.Version.class,
        description = {"Reads and recovers the files of an ESE (Exchange 5.5 / 2000) log stream: database header, logs, "
                + "checkpoint; soft recovery of a folder, bringing the store online, restoring an online backup and hard recovery; "
                + "the articles' situations as folders. Each command has --help; --json writes one JSON document for scripts.",
                "The dump and list commands only read; recover, mount, restore and restore-recover write to the folder; registry-set writes a modelled server's registry file."},
        subcommands = {DumpHeader.class, DumpLog.class, DumpLogs.class, DumpCheckpoint.class, DumpBackup.class, ListFolder.class, Recover.class, Mount.class,
                RestoreBackup.class, RestoreRecover.class, Advise.class, CreateSituation.class, RegistrySet.class, ServiceCommand.class,
                ClusterResourceCommand.class, RestoreService.class, BackupCommand.class, CommandLine.HelpCommand.class},
        synopsisSubcommandLabel = "<command>",
        commandListHeading = "%nCommands:%n",
        footerHeading = "%nExit codes (the same for every command):%n")
public final class EseRecover implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line, with its exit codes and its one-line error messages set. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new EseRecover());
        cl.getCommandSpec().usageMessage().footer(ExitCodes.table() + "%nThe contract (commands, options, JSON fields, exit codes): docs/cli.md");
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("eserecover: " + ex.getMessage() + " (see '" + c.getCommandSpec().qualifiedName() + " --help')");
            c.getErr().flush();
            return ExitCodes.USAGE;
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            c.getErr().println("eserecover: internal error, please report it: " + ex);
            c.getErr().flush();
            return ExitCodes.INTERNAL;
        });
        return cl;
    }

    /** Without a command: the usage, on standard error, as a usage error. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        spec.commandLine().getErr().flush();
        return ExitCodes.USAGE;
    }

    /** The version the runnable jar's manifest carries. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = EseRecover.class.getPackage().getImplementationVersion();
            return new String[] {"eserecover " + (v == null ? "(development build)" : v)};
        }
    }
}
