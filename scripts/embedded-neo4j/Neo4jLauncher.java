// Starts Neo4j Community embedded with only the Bolt connector, bound to loopback.
// Run by src/neo4j/embedded.ts with Java's single-file source launch:
//   java -cp <classpath> Neo4jLauncher.java --data DIR --port N [--pagecache 512m]
// It prints "NEO4J_READY <port>" once Bolt accepts connections, and shuts the database down
// cleanly on SIGTERM/SIGINT or when its standard input closes, so a parent that dies (even by
// SIGKILL) never leaves a Java process behind.
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

public class Neo4jLauncher {
  public static void main(String[] args) throws Exception {
    String data = null;
    int port = 7687;
    String pagecache = "512m";
    for (int i = 0; i < args.length - 1; i += 2) {
      switch (args[i]) {
        case "--data" -> data = args[i + 1];
        case "--port" -> port = Integer.parseInt(args[i + 1]);
        case "--pagecache" -> pagecache = args[i + 1];
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    if (data == null) throw new IllegalArgumentException("--data is required");

    // Auth is off: the connector listens on 127.0.0.1 only and this database is a local
    // development default; a shared server is configured through NEO4J_URI instead.
    DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(Path.of(data).toAbsolutePath())
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
        .setConfig(HttpConnector.enabled, false)
        .setConfig(GraphDatabaseSettings.auth_enabled, false)
        .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pagecache))
        // Bolt waits 5 s for its threads and 5 s for connections on shutdown by default; the API
        // closes its driver before stopping us, so a short wait keeps SIGTERM-to-exit well under 10 s.
        .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
        .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
        .build();

    CountDownLatch stop = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      dbms.shutdown();
      stop.countDown();
    }));
    Thread stdinWatcher = new Thread(() -> {
      try {
        while (System.in.read() != -1) { /* the parent never writes; EOF means it is gone */ }
      } catch (Exception ignored) {
        // a broken pipe means the same as EOF
      }
      System.exit(0);
    });
    stdinWatcher.setDaemon(true);
    stdinWatcher.start();

    // Warm the Cypher planner and runtime in-process before saying "ready": a cold JVM answered
    // its first Bolt queries in seconds, which on a busy machine read as an outage.
    var db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    db.executeTransactionally("MATCH (n) WITH n LIMIT 100 OPTIONAL MATCH (n)-[r]->(m) RETURN count(r)");
    db.executeTransactionally("UNWIND range(1, 10) AS i RETURN sum(i)");

    System.out.println("NEO4J_READY " + port);
    System.out.flush();
    stop.await();
  }
}
