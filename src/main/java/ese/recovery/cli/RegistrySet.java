package ese.recovery.cli;

import ese.recovery.host.Registry;
import ese.recovery.host.RegistryData;
import ese.recovery.host.RegistryTree;
import ese.recovery.host.Server;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

import java.nio.file.Path;
import java.util.Optional;

/**
 * An operator's registry edit (regedit, reg add) on a modelled server: one REG_DWORD value set in the server's
 * registry file ({@code <server>/registry/SYSTEM.reg}), the file rewritten whole through a temporary file.
 */
@Command(name = "registry-set", mixinStandardHelpOptions = true,
        description = {"Sets a REG_DWORD value in a modelled server's registry, as an operator does with regedit or "
                + "'reg add <key> /v <name> /t REG_DWORD /d <data>': the key is created if missing. The registry is "
                + "the file <server>/registry/SYSTEM.reg (REGEDIT4 text, sealed with a CRC-32C), as the specification's "
                + "Exchange Server 5.5 scenarios leave it (target/scenarios/.../EXCHSRV01).",
                "WRITES the registry file, whole, through a temporary file; nothing else. A cluster registry checkpoint "
                        + "is not written here: the cluster service saves it when it hears of the change (KB Q174070)."},
        footer = EseCommand.EXIT_FOOTER)
final class RegistrySet extends EseCommand {
    @Option(names = "--server", required = true, paramLabel = "<folder>",
            description = "The server's folder, holding registry/SYSTEM.reg (e.g. EXCHSRV01).")
    Path server;

    @Parameters(index = "0", paramLabel = "<key>",
            description = "The key, under HKEY_LOCAL_MACHINE (or HKLM), e.g. HKLM\\SYSTEM\\CurrentControlSet\\Services\\MSExchangeDS\\Parameters.")
    String key;

    @Parameters(index = "1", paramLabel = "<name>", description = "The value's name, e.g. \"Circular Logging\".")
    String name;

    @Parameters(index = "2", paramLabel = "<dword>", converter = DwordConverter.class,
            description = "The REG_DWORD data: 0x and 1-8 hex digits, or a decimal number 0-4294967295.")
    Integer data;

    @Override
    Outcome run() {
        String path = checkedKey();
        if (name.isEmpty() || name.chars().anyMatch(c -> c < 0x20 || c > 0xFF)) {
            throw new ParameterException(spec.commandLine(), "Invalid value name '" + name + "': printable ISO-8859-1 characters only");
        }
        requireFolder(server);
        Path file = Server.registryFile(server);
        Registry registry = openRegistry(file);
        Optional<RegistryData> previous = registry.value(path, name);
        RegistryData.Dword dword = new RegistryData.Dword(data);
        registry.setValue(path, name, dword);

        StringBuilder text = new StringBuilder();
        text.append("Registry file: ").append(JsonViews.path(file)).append('\n');
        text.append("[").append(path).append("]\n");
        text.append("    ").append(name).append("    ").append(dword.type()).append("    ").append(dword.shown())
                .append(previous.map(p -> "    (was " + p.type() + " " + p.shown() + ")").orElse("    (new value)")).append('\n');
        text.append("The operation completed successfully.\n");
        Json.Obj result = Json.object()
                .put("server", JsonViews.path(server))
                .put("registryFile", JsonViews.path(file))
                .put("key", path)
                .put("name", name)
                .put("type", dword.type())
                .put("data", dword.shown())
                .put("previous", previous.map(p -> Json.object().put("type", p.type()).put("data", p.shown())).orElse(null));
        return Outcome.of(text.toString(), result);
    }

    private String checkedKey() {
        try {
            return RegistryTree.path(key);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "Invalid key '" + key + "': " + e.getMessage());
        }
    }

    /** 0x1f, 0x0, or decimal 31: a REG_DWORD's 32 bits. */
    static final class DwordConverter implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            try {
                if (value.startsWith("0x") || value.startsWith("0X")) {
                    String hex = value.substring(2);
                    if (hex.isEmpty() || hex.length() > 8) {
                        throw new NumberFormatException();
                    }
                    return Integer.parseUnsignedInt(hex, 16);
                }
                if (!value.matches("[0-9]{1,10}")) {
                    throw new NumberFormatException();
                }
                return Integer.parseUnsignedInt(value);
            } catch (NumberFormatException e) {
                throw new TypeConversionException("'" + value + "' is not a REG_DWORD: 0x and 1-8 hex digits, or a decimal number 0-4294967295");
            }
        }
    }
}
