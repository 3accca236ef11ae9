package it.lombardia.irt.testing;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * A local SMS provider for a test: accepts every message IRT posts to {@code /sms} on the test's
 * SMS port ({@code irt.it.sms.port}) and keeps it ({@code {"id", "from", "to", "text"}}).
 */
public final class SmsInbox implements AutoCloseable {

  private final HttpServer server;
  private final List<JsonObject> received = new CopyOnWriteArrayList<>();

  public SmsInbox() throws IOException {
    int port = Integer.getInteger("irt.it.sms.port", 18772);
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
    server.createContext(
        "/sms",
        exchange -> {
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          received.add(Json.createReader(new StringReader(body)).readObject());
          exchange.sendResponseHeaders(202, -1);
          exchange.close();
        });
    server.start();
  }

  /** The first message received that matches {@code which}, waiting up to 60 s. */
  public JsonObject await(Predicate<JsonObject> which) throws InterruptedException {
    for (int i = 0; i < 120; i++) {
      for (JsonObject m : received) {
        if (which.test(m)) {
          return m;
        }
      }
      Thread.sleep(500);
    }
    throw new AssertionError("no such SMS within 60 s: " + received);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
