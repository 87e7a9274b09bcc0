package ese.recovery.host;

import ese.recovery.io.Disk;
import ese.recovery.jet.JetError;
import ese.recovery.jet.JetException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * How other processes reach the services a server runs, as {@code sc.exe} reaches the service control
 * manager and {@code cluster.exe} the cluster service over RPC: a server's long-lived parts (the service
 * control manager, the cluster service) register the requests they answer, and {@link #listen} serves them
 * on a local TCP port named in the server's folder ({@code control/endpoint}, {@code 127.0.0.1:<port>}).
 * A service's running state, its mounted database and the keys it holds open live in the memory of the
 * process that runs it, as on Windows; a tool run as its own process acts on them only through here.
 *
 * <p>The registry is one for the whole machine: before it serves a request the server takes up what other
 * processes wrote to its registry file ({@link Registry#reread}), so a backup program that wrote a Restore
 * in Progress key and then asks for the service to start is seen in that order.
 *
 * <p>One request a connection: a line of tab-separated words (the interface, the operation, its
 * arguments); the reply is lines of {@code name<TAB>value}, the first {@code status<TAB>ok} or
 * {@code status<TAB>refused} (then {@code reason}), values escaped ({@code \\}, {@code \n}, {@code \t}).
 */
public final class ServerControl {
    /** The file in a server's folder that names its control endpoint while it listens. */
    public static Path endpointFile(Path serverFolder) {
        return serverFolder.resolve("control").resolve("endpoint");
    }

    /** A request refused: an unknown service or resource, an operation the interface does not have. */
    public static final class RefusedException extends RuntimeException {
        public RefusedException(String reason) {
            super(reason);
        }
    }

    /** A request for a service that is not running (on Windows: ERROR_SERVICE_NOT_ACTIVE, 1062). */
    public static final class NotActiveException extends RuntimeException {
        public NotActiveException(String reason) {
            super(reason);
        }
    }

    /** An interface's answer to a request: its named values, in order. */
    public interface Handler extends Function<List<String>, Map<String, String>> {
    }

    private final String name;
    private final Disk disk;
    private final Path endpoint;
    private final Runnable beforeEachRequest;
    private final Map<String, Handler> interfaces = new LinkedHashMap<>();
    private final Object lock = new Object();

    /**
     * The control endpoint of the process {@code name}, named in {@code endpoint} on {@code disk} while it
     * listens; {@code beforeEachRequest} runs before each request is served (a server rereads its registry).
     */
    public ServerControl(String name, Disk disk, Path endpoint, Runnable beforeEachRequest) {
        this.name = name;
        this.disk = disk;
        this.endpoint = endpoint;
        this.beforeEachRequest = beforeEachRequest;
    }

    /**
     * Where a running store whose checkpoint is in {@code systemFolder} names its endpoint: a file of the
     * machine (under java.io.tmpdir) named by the folder, as the RPC endpoint mapper names a process's
     * endpoint by its interface, so the store's own folders hold nothing but its files.
     */
    public static Path storeEndpointFile(Path systemFolder) {
        String key = systemFolder.toAbsolutePath().normalize().toString();
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return Path.of(System.getProperty("java.io.tmpdir"), "eserecover-endpoints", java.util.HexFormat.of().formatHex(digest, 0, 16));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Registers the requests {@code name} answers (e.g. "service", "cluster-resource"). */
    public void register(String name, Handler handler) {
        interfaces.put(name, handler);
    }

    /** Serves one request, as the listener does; also how a caller in the server's own process asks. */
    public Map<String, String> serve(List<String> request) {
        synchronized (lock) {
            Map<String, String> reply = new LinkedHashMap<>();
            try {
                if (request.isEmpty() || !interfaces.containsKey(request.get(0))) {
                    throw new RefusedException("no interface " + (request.isEmpty() ? "" : request.get(0)) + "; there are " + interfaces.keySet());
                }
                beforeEachRequest.run();
                Map<String, String> answer = interfaces.get(request.get(0)).apply(request.subList(1, request.size()));
                reply.put("status", "ok");
                reply.putAll(answer);
            } catch (JetException e) {
                reply.clear();
                reply.put("status", "failed");
                reply.put("error", Integer.toString(e.error().number()));
                if (e.file() != null) {
                    reply.put("file", e.file().toString());
                }
                reply.put("reason", e.detail());
            } catch (NotActiveException e) {
                reply.clear();
                reply.put("status", "not-active");
                reply.put("reason", e.getMessage());
            } catch (RefusedException | IllegalArgumentException | IllegalStateException e) {
                reply.clear();
                reply.put("status", "refused");
                reply.put("reason", e.getMessage());
            }
            return reply;
        }
    }

    /**
     * Runs {@code client} (a tool acting on this server from another process, or from a thread of this one)
     * and returns what it returns; what this server did for it is visible to the caller afterwards.
     */
    public <T> T during(Supplier<T> client) {
        synchronized (lock) {
            // publishes what the caller did to the server before the client's requests are served
        }
        T result = client.get();
        synchronized (lock) {
            // and what the requests did, to the caller
        }
        return result;
    }

    /** Listens on a free local port until {@link Listening#close}; the port is written to {@link #endpointFile}. */
    public Listening listen() {
        try {
            ServerSocket socket = new ServerSocket();
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            Path file = endpoint;
            disk.createDirectories(file.getParent());
            if (disk.exists(file)) {
                disk.delete(file);
            }
            disk.create(file, (InetAddress.getLoopbackAddress().getHostAddress() + ":" + socket.getLocalPort() + "\n")
                    .getBytes(StandardCharsets.US_ASCII));
            Listening l = new Listening(socket, file);
            Thread t = new Thread(l::accept, "control endpoint of " + name);
            t.setDaemon(true);
            t.start();
            return l;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen for " + name, e);
        }
    }

    /** The endpoint while it listens. */
    public final class Listening implements AutoCloseable {
        private final ServerSocket socket;
        private final Path file;

        private Listening(ServerSocket socket, Path file) {
            this.socket = socket;
            this.file = file;
        }

        public int port() {
            return socket.getLocalPort();
        }

        private void accept() {
            while (!socket.isClosed()) {
                try (Socket s = socket.accept()) {
                    BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
                    String line = in.readLine();
                    List<String> request = line == null ? List.of() : Arrays.stream(line.split("\t", -1)).map(ServerControl::unescape).toList();
                    Map<String, String> reply = serve(request);
                    Writer out = new OutputStreamWriter(s.getOutputStream(), StandardCharsets.UTF_8);
                    for (Map.Entry<String, String> e : reply.entrySet()) {
                        out.write(e.getKey() + "\t" + escape(e.getValue()) + "\n");
                    }
                    out.flush();
                } catch (SocketException closed) {
                    return;
                } catch (IOException | RuntimeException e) {
                    // one client's broken connection or a fault in serving it: the endpoint goes on serving
                }
            }
        }

        /** Stops listening and removes the endpoint file. */
        @Override
        public void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing a listening socket that is already closed
            }
            if (disk.exists(file)) {
                disk.delete(file);
            }
        }
    }

    /**
     * A request to the server whose folder is {@code serverFolder}, from any process: the reply's values,
     * or a {@link RefusedException} when the server refused it. No server listening is an
     * {@link UnreachableException} (on Windows: RPC_S_SERVER_UNAVAILABLE, 1722).
     */
    public static Map<String, String> call(Path serverFolder, String... request) {
        return callAt(endpointFile(serverFolder), serverFolder, "the server", request);
    }

    /**
     * A request to the process whose endpoint {@code file} names ({@code about}: the folder it is asked
     * about, {@code what}: what runs there, for messages). A request the process failed with a JET error
     * is that {@link JetException}.
     */
    public static Map<String, String> callAt(Path file, Path about, String what, String... request) {
        Path serverFolder = about;
        String endpoint;
        try {
            endpoint = java.nio.file.Files.readString(file, StandardCharsets.US_ASCII).trim();
        } catch (IOException e) {
            throw new UnreachableException(serverFolder, "no control endpoint (" + file + "): " + what + " is not running");
        }
        int colon = endpoint.lastIndexOf(':');
        int port;
        try {
            port = Integer.parseInt(endpoint.substring(colon + 1));
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            throw new UnreachableException(serverFolder, "the control endpoint " + file + " names no port: '" + endpoint + "'");
        }
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            Writer out = new OutputStreamWriter(s.getOutputStream(), StandardCharsets.UTF_8);
            List<String> words = new ArrayList<>();
            for (String w : request) {
                words.add(escape(w));
            }
            out.write(String.join("\t", words) + "\n");
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
            Map<String, String> reply = new LinkedHashMap<>();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    reply.put(line.substring(0, tab), unescape(line.substring(tab + 1)));
                }
            }
            if ("failed".equals(reply.get("status"))) {
                JetError error = JetError.byNumber(Integer.parseInt(reply.get("error")))
                        .orElseThrow(() -> new RefusedException("JET error " + reply.get("error") + ": " + reply.get("reason")));
                throw new JetException(error, reply.containsKey("file") ? Path.of(reply.get("file")) : null, reply.get("reason"));
            }
            if ("not-active".equals(reply.get("status"))) {
                throw new NotActiveException(reply.get("reason"));
            }
            if (!"ok".equals(reply.get("status"))) {
                throw new RefusedException(Optional.ofNullable(reply.get("reason")).orElse("the server gave no reply"));
            }
            reply.remove("status");
            return reply;
        } catch (IOException e) {
            throw new UnreachableException(serverFolder, "the server does not answer at " + endpoint + ": " + e.getMessage());
        }
    }

    /** No server answers for a folder: not running, or gone. */
    public static final class UnreachableException extends RuntimeException {
        private final Path serverFolder;

        public UnreachableException(Path serverFolder, String detail) {
            super(detail);
            this.serverFolder = serverFolder;
        }

        public Path serverFolder() {
            return serverFolder;
        }
    }

    static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t");
    }

    static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                out.append(n == 'n' ? '\n' : n == 't' ? '\t' : n);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
