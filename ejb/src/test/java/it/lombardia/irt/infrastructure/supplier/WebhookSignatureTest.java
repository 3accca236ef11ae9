package it.lombardia.irt.infrastructure.supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

  private static final String BODY = "{\"reference\":\"ASST-NIGUARDA/T-1\"}";

  @Test
  void signsTheTimeAndBodyAsAnyHmacSha256LibraryDoes() {
    // Computed independently: Python's hmac.new(key, b"1796544000." + body, hashlib.sha256).
    assertEquals(
        "t=1796544000,v1=1a9afde7bceef611af441f417a8051acde7389e3fde0dae728d567138e36cd10",
        WebhookSignature.of("segreto-di-prova", 1796544000L, BODY));
  }

  @Test
  void anotherTimeBodyOrKeyIsAnotherSignature() {
    String signed = WebhookSignature.of("segreto-di-prova", 1796544000L, BODY);
    assertNotEquals(signed, WebhookSignature.of("segreto-di-prova", 1796544001L, BODY));
    assertNotEquals(signed, WebhookSignature.of("segreto-di-prova", 1796544000L, BODY + " "));
    assertNotEquals(signed, WebhookSignature.of("altro-segreto", 1796544000L, BODY));
  }
}
