/*
 * Semis embedded Neo4j launcher.
 *
 * Runs a Neo4j Community DBMS inside this JVM (DatabaseManagementServiceBuilder) with a
 * persistent store and a Bolt connector on 127.0.0.1, so that the Semis Node server can
 * talk to it with the ordinary neo4j-driver, without the user installing a Neo4j server.
 *
 * Protocol with the parent process (see server/db/embedded-neo4j.ts):
 *   - stdout carries exactly one line when the database is usable:
 *         SEMIS_NEO4J_READY bolt://127.0.0.1:<port>
 *     or, on a known failure, one line
 *         SEMIS_NEO4J_ERROR <CODE> <details...>
 *     (CODE is PORT_IN_USE, BAD_ARGUMENTS or START_FAILED) followed by a non-zero exit.
 *   - human-readable diagnostics go to stderr; Neo4j's own logs go to <data-dir>/logs.
 *   - the process stops cleanly on SIGINT/SIGTERM, and also when stdin reaches EOF, so a
 *     parent that dies (and thereby closes our stdin pipe) never leaves an orphan JVM.
 */
package org.semis.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.SettingValueParsers;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.kernel.api.procedure.GlobalProcedures;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

public final class SemisNeo4j {

    static final String READY_PREFIX = "SEMIS_NEO4J_READY ";
    static final String ERROR_PREFIX = "SEMIS_NEO4J_ERROR ";
    static final String LOOPBACK = "127.0.0.1";

    static final int EXIT_BAD_ARGUMENTS = 64;
    static final int EXIT_PORT_IN_USE = 65;
    static final int EXIT_START_FAILED = 70;

    /** Parsed command line (arguments win over -Dsemis.neo4j.* system properties). */
    static final class Options {
        Path dataDir;
        int boltPort = 7687;
        String pageCache = "512m";
        Duration readyTimeout = Duration.ofMinutes(5);
        String txLogRetention = "1 files";
        String txLogRotationSize = "16m";
        boolean watchStdin = true;
    }

    /** Guards the service reference between the main thread and the shutdown hook. */
    private static final Object LOCK = new Object();
    private static DatabaseManagementService service;
    private static boolean shuttingDown;

    /** The stdout the READY/ERROR protocol lines are written to (captured before Neo4j starts). */
    private static final PrintStream PROTOCOL_OUT = System.out;

    private SemisNeo4j() {}

    public static void main(String[] args) {
        Options options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            fail(EXIT_BAD_ARGUMENTS, "BAD_ARGUMENTS " + e.getMessage(), e.getMessage() + "\n" + usage());
            return;
        }
        if (options == null) { // --help
            System.err.println(usage());
            return;
        }

        // Neo4j's own bind failure is buried in a long stack trace; check the port first so
        // the parent gets a precise, machine-readable reason.
        if (!isPortFree(options.boltPort)) {
            fail(EXIT_PORT_IN_USE, "PORT_IN_USE " + options.boltPort,
                    "Port " + options.boltPort + " is already in use on " + LOOPBACK);
            return;
        }

        Runtime.getRuntime().addShutdownHook(new Thread(SemisNeo4j::shutdown, "semis-neo4j-shutdown"));
        if (options.watchStdin) {
            // Watch from the start, so a parent that dies while Neo4j is starting is noticed too.
            Thread watcher = new Thread(() -> {
                waitForStdinEof();
                System.err.println("semis-neo4j: stdin closed, shutting down");
                System.exit(0); // runs the shutdown hook
            }, "semis-neo4j-stdin-watch");
            watcher.setDaemon(true);
            watcher.start();
        }

        long started = System.nanoTime();
        try {
            start(options);
        } catch (Throwable t) {
            synchronized (LOCK) {
                if (shuttingDown) {
                    return; // stopped (signal or stdin EOF) while starting: not a failure
                }
            }
            shutdown();
            // The port can be taken between our check and Neo4j binding it.
            boolean portTaken = !isPortFree(options.boltPort);
            if (portTaken) {
                fail(EXIT_PORT_IN_USE, "PORT_IN_USE " + options.boltPort,
                        "Port " + options.boltPort + " is already in use on " + LOOPBACK);
            } else {
                t.printStackTrace();
                fail(EXIT_START_FAILED, "START_FAILED " + oneLine(t),
                        "Neo4j failed to start (details in " + options.dataDir.resolve("logs") + "/debug.log)");
            }
            return;
        }

        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        System.err.println("semis-neo4j: database ready in " + millis + " ms, store in " + options.dataDir);
        PROTOCOL_OUT.println(READY_PREFIX + "bolt://" + LOOPBACK + ":" + options.boltPort);
        PROTOCOL_OUT.flush();

        try {
            new CountDownLatch(1).await(); // until a signal or the stdin watcher runs the shutdown hook
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Semis's own Cypher functions (see JsonRows), registered before Bolt is announced ready. */
    private static void registerFunctions(GraphDatabaseService db) {
        try {
            ((GraphDatabaseAPI) db).getDependencyResolver()
                    .resolveDependency(GlobalProcedures.class)
                    .registerFunction(JsonRows.class);
        } catch (Exception e) {
            throw new IllegalStateException("could not register semis.jsonRows: " + e.getMessage(), e);
        }
    }

    private static void start(Options options) throws IOException {
        Path home = options.dataDir;
        Files.createDirectories(home);

        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home)
                // Bolt on loopback only. Authentication is disabled on purpose: the connector
                // is unreachable from other machines, and Semis is a single-user local tool, so
                // a password would only add setup friction. Anyone needing a shared or exposed
                // database should run their own Neo4j server and point NEO4J_URI at it.
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(LOOPBACK, options.boltPort))
                .setConfig(BoltConnector.advertised_address, new SocketAddress(LOOPBACK, options.boltPort))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.default_listen_address, new SocketAddress(LOOPBACK))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                // Memory: the heap is chosen by the caller (-Xmx); the page cache here.
                .setConfig(GraphDatabaseSettings.pagecache_memory,
                        SettingValueParsers.BYTES.parse(options.pageCache))
                // Keep transaction logs small: no backups are taken from this store, so only
                // what recovery needs is kept, and log files are not preallocated.
                .setConfig(GraphDatabaseSettings.keep_logical_logs, options.txLogRetention)
                .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold,
                        SettingValueParsers.BYTES.parse(options.txLogRotationSize))
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                // Logs (debug.log etc.) stay inside the data dir, never on our stdout.
                .setConfig(GraphDatabaseSettings.logs_directory, home.resolve("logs").toAbsolutePath())
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                // Re-planning at most every 10 minutes (Neo4j's default: 10 s). A young landscape's event
                // log quadruples quickly, and each time the history's visibility statements are planned
                // again, which costs 0.5-3.7 s of one request (the undo tail in docs/benchmarks.md, where
                // execution itself takes 1-12 ms). The cost: a plan may stay up to 10 minutes older than
                // the statistics; our statements seek by unique ids either way.
                .setConfig(GraphDatabaseSettings.cypher_min_replan_interval, Duration.ofMinutes(10))
                // Stop quickly: by default Bolt's Netty event loops wait a 5 s quiet period.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(5));

        DatabaseManagementService dbms;
        synchronized (LOCK) {
            if (shuttingDown) {
                throw new IllegalStateException("shutdown requested before start");
            }
            service = builder.build();
            dbms = service;
        }

        GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        long deadline = System.nanoTime() + options.readyTimeout.toNanos();
        while (!db.isAvailable(TimeUnit.SECONDS.toMillis(1))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("default database not available after " + options.readyTimeout);
            }
        }
        registerFunctions(db);
        // The connector binds while the DBMS starts; make sure it really accepts connections.
        while (!boltAnswers(options.boltPort)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Bolt connector not accepting connections on port " + options.boltPort);
            }
            sleep(100);
        }
    }

    /** Shutdown hook body; also used on failed starts. Idempotent. */
    private static void shutdown() {
        DatabaseManagementService toStop;
        synchronized (LOCK) {
            shuttingDown = true;
            toStop = service;
            service = null;
        }
        if (toStop != null) {
            System.err.println("semis-neo4j: shutting down");
            try {
                toStop.shutdown();
                System.err.println("semis-neo4j: stopped");
            } catch (Throwable t) {
                System.err.println("semis-neo4j: error during shutdown: " + oneLine(t));
            }
        }
    }

    private static void waitForStdinEof() {
        InputStream in = System.in;
        byte[] buffer = new byte[256];
        try {
            while (in.read(buffer) >= 0) {
                // input is ignored; only EOF matters
            }
        } catch (IOException e) {
            // a broken stdin means the parent is gone as well
        }
    }

    static boolean isPortFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true); // like Netty: ignore TIME_WAIT leftovers, only live listeners count
            socket.bind(new InetSocketAddress(InetAddress.getByName(LOOPBACK), port));
            return true;
        } catch (BindException e) {
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean boltAnswers(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getByName(LOOPBACK), port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void fail(int exitCode, String protocolLine, String humanMessage) {
        PROTOCOL_OUT.println(ERROR_PREFIX + protocolLine);
        PROTOCOL_OUT.flush();
        System.err.println("semis-neo4j: " + humanMessage);
        System.err.flush();
        // halt, not exit: the shutdown hook has nothing left to do and must not block.
        Runtime.getRuntime().halt(exitCode);
    }

    static Options parse(String[] args) {
        Options o = new Options();
        String dataDir = System.getProperty("semis.neo4j.dataDir");
        String port = System.getProperty("semis.neo4j.boltPort");
        o.pageCache = System.getProperty("semis.neo4j.pageCache", o.pageCache);

        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                value = arg.substring(eq + 1);
                arg = arg.substring(0, eq);
            }
            switch (arg) {
                case "--help", "-h" -> {
                    return null;
                }
                case "--no-stdin-watch" -> o.watchStdin = false;
                case "--data-dir", "--bolt-port", "--pagecache", "--ready-timeout",
                        "--tx-log-retention", "--tx-log-rotation-size" -> {
                    if (value == null) {
                        if (i + 1 >= args.length) {
                            throw new IllegalArgumentException("missing value for " + arg);
                        }
                        value = args[++i];
                    }
                    switch (arg) {
                        case "--data-dir" -> dataDir = value;
                        case "--bolt-port" -> port = value;
                        case "--pagecache" -> o.pageCache = value;
                        case "--ready-timeout" -> o.readyTimeout = Duration.ofSeconds(parseInt(arg, value, 1, 86400));
                        case "--tx-log-retention" -> o.txLogRetention = value;
                        default -> o.txLogRotationSize = value;
                    }
                }
                default -> throw new IllegalArgumentException("unknown argument " + arg);
            }
        }
        if (dataDir == null || dataDir.isBlank()) {
            throw new IllegalArgumentException("--data-dir is required");
        }
        o.dataDir = Path.of(dataDir).toAbsolutePath().normalize();
        if (port != null) {
            o.boltPort = parseInt("--bolt-port", port, 1, 65535);
        }
        try {
            SettingValueParsers.BYTES.parse(o.pageCache);
            SettingValueParsers.BYTES.parse(o.txLogRotationSize);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("invalid size: " + e.getMessage());
        }
        return o;
    }

    private static int parseInt(String name, String value, int min, int max) {
        try {
            int n = Integer.parseInt(value.trim());
            if (n < min || n > max) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be an integer in " + min + ".." + max + ", got '" + value + "'");
        }
    }

    private static String usage() {
        return String.join("\n",
                "Usage: java -Xmx1g -cp 'target/semis-neo4j.jar:target/lib/*' org.semis.neo4j.SemisNeo4j [options]",
                "  --data-dir <path>             store folder (required; or -Dsemis.neo4j.dataDir)",
                "  --bolt-port <port>            Bolt port on 127.0.0.1 (default 7687; or -Dsemis.neo4j.boltPort)",
                "  --pagecache <size>            page cache size, e.g. 512m, 2g (default 512m)",
                "  --ready-timeout <seconds>     give up if the database is not available by then (default 300)",
                "  --tx-log-retention <policy>   db.tx_log.rotation.retention_policy (default '1 files')",
                "  --tx-log-rotation-size <size> db.tx_log.rotation.size (default 16m)",
                "  --no-stdin-watch              do not stop when stdin reaches EOF (for manual runs with </dev/null)");
    }

    private static String oneLine(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = t.getClass().getSimpleName() + ": " + t.getMessage();
        if (root != t) {
            text += " (cause: " + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
        }
        return text.replaceAll("\\s+", " ");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
