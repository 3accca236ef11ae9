package it.lombardia.irt.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The provisioned server's default H2 URL writes every commit before answering. */
class DurableH2ConfigurationIT {

  private static final Pattern CONNECTION_URL =
      Pattern.compile("<connection-url>([^<]*)</connection-url>");

  @Test
  void defaultH2UrlHasNoWriteDelay() throws Exception {
    Path standalone =
        Path.of(System.getProperty("irt.server.dir", "target/server"))
            .resolve("standalone/configuration/standalone.xml");
    String xml = Files.readString(standalone);
    Matcher url = CONNECTION_URL.matcher(xml);
    assertTrue(url.find(xml.indexOf("java:jboss/datasources/IrtDS")), "no IrtDS in " + standalone);
    assertTrue(
        url.group(1).contains("jdbc:h2:file:") && url.group(1).contains(";WRITE_DELAY=0"),
        "the default H2 URL must set WRITE_DELAY=0: " + url.group(1));
  }
}
