package it.lombardia.irt.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Clients on slow links: each opens a connection, sends a POST's headers with its credentials, then
 * its body one byte every 200 ms, never finishing while open — what a gateway on a poor mobile
 * connection does to the server's threads.
 */
public final class SlowSenders implements AutoCloseable {

  private static final int BODY_LENGTH = 10_000;

  private final List<Socket> sockets = new ArrayList<>();
  private final ScheduledExecutorService drip = Executors.newSingleThreadScheduledExecutor();
  private final CountDownLatch started = new CountDownLatch(10);

  private SlowSenders() {}

  /** {@code count} connections posting to {@code path} with the {@code authorization} header. */
  public static SlowSenders open(int count, String path, String authorization) throws IOException {
    URI base = URI.create(IrtClient.BASE);
    SlowSenders senders = new SlowSenders();
    String head =
        ("POST %s HTTP/1.1\r\nHost: %s:%d\r\nAuthorization: %s\r\n"
                + "Content-Type: application/fhir+json\r\nContent-Length: %d\r\n\r\n")
            .formatted(path, base.getHost(), base.getPort(), authorization, BODY_LENGTH);
    for (int i = 0; i < count; i++) {
      Socket socket = new Socket(base.getHost(), base.getPort());
      socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      senders.sockets.add(socket);
    }
    senders.drip.scheduleAtFixedRate(senders::oneByteEach, 0, 200, TimeUnit.MILLISECONDS);
    return senders;
  }

  private void oneByteEach() {
    for (Socket socket : sockets) {
      try {
        OutputStream out = socket.getOutputStream();
        out.write(' ');
        out.flush();
      } catch (IOException closedByTheServer) {
        // a server may cut a slow sender off: that is its right
      }
    }
    started.countDown();
  }

  /** Waits until each client has sent ten bytes of its body (about two seconds). */
  public void awaitBodiesArriving() throws InterruptedException {
    if (!started.await(30, TimeUnit.SECONDS)) {
      throw new IllegalStateException("the slow clients never got going");
    }
  }

  @Override
  public void close() throws IOException {
    drip.shutdownNow();
    for (Socket socket : sockets) {
      socket.close();
    }
  }
}
