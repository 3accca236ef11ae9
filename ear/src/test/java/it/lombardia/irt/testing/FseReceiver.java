package it.lombardia.irt.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A local FSE for a test: accepts (201) every FHIR document bundle IRT posts to {@code /fse/Bundle}
 * on the test's FSE port ({@code irt.it.fse.port}) and keeps its JSON, in the order received.
 */
public final class FseReceiver implements AutoCloseable {

  private final HttpServer server;
  private final List<String> bundles = new CopyOnWriteArrayList<>();

  public FseReceiver() throws IOException {
    int port = Integer.getInteger("irt.it.fse.port", 18766);
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
    server.createContext(
        "/fse/Bundle",
        exchange -> {
          bundles.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
          exchange.sendResponseHeaders(201, -1);
          exchange.close();
        });
    server.start();
  }

  /** What was received so far, a live view. */
  public List<String> bundles() {
    return bundles;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
