package ese.recovery.spec;

import ese.recovery.engine.EngineProfile;
import ese.recovery.jet.JetError;
import io.cucumber.java.ParameterType;

/** Domain values as the articles write them, parsed once. */
public class ParameterTypes {
    /** A log file name: E0000015.log, E00.log, EDB00004.log, E00tmp.log; the extension as Windows writes it, .log or .LOG. */
    @ParameterType("[A-Za-z0-9]{3}(?:[0-9A-Fa-f]{5}|[0-9A-Fa-f]{8}|tmp)?\\.(?:log|LOG)")
    public String log(String name) {
        return name;
    }

    /** A generation in hex, as in file names: 0x15. */
    @ParameterType("0x[0-9A-Fa-f]+")
    public Integer generation(String hex) {
        return Integer.parseInt(hex.substring(2), 16);
    }

    /** A JET error as the articles write it: -528 JET_errMissingLogFile. The number and the name must agree. */
    @ParameterType("-\\d+ JET_err\\w+")
    public JetError jetError(String text) {
        String[] parts = text.split(" ");
        JetError error = JetError.byName(parts[1]).orElseThrow(() -> new IllegalArgumentException("unknown JET error " + parts[1]));
        if (error.number() != Integer.parseInt(parts[0])) {
            throw new IllegalArgumentException(parts[1] + " is " + error.number() + ", not " + parts[0]);
        }
        return error;
    }

    /** soft / hard, as in "soft recovery". */
    @ParameterType("soft|hard")
    public ese.recovery.engine.RecoveryResult.Kind kind(String word) {
        return ese.recovery.engine.RecoveryResult.Kind.valueOf(word.toUpperCase(java.util.Locale.ROOT));
    }

    /** Exchange Server 5.5, Exchange 2000 Server, Exchange 2000 Server SP2. */
    @ParameterType("Exchange Server 5\\.5|Exchange 2000 Server SP2|Exchange 2000 Server")
    public EngineProfile engine(String name) {
        return EngineProfile.named(name);
    }
}
