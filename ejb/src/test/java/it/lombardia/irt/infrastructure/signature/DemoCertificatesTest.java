package it.lombardia.irt.infrastructure.signature;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.security.cert.CertificateExpiredException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import org.junit.jupiter.api.Test;

class DemoCertificatesTest {

  @Test
  void theDemoCertificateNamesTheTenantIsSelfSignedAndValidForTenYears() throws Exception {
    Instant now = Instant.now();
    X509Certificate certificate =
        DemoCertificates.selfSigned("ASST-SPEDALI-CIVILI", now).certificate();

    assertEquals(
        "CN=IRT demo signer ASST-SPEDALI-CIVILI,O=ASST-SPEDALI-CIVILI,C=IT",
        certificate.getSubjectX500Principal().getName());
    assertEquals(certificate.getSubjectX500Principal(), certificate.getIssuerX500Principal());
    certificate.verify(certificate.getPublicKey());
    certificate.checkValidity(Date.from(now));
    Instant inTenYears = now.atOffset(ZoneOffset.UTC).plusYears(10).toInstant();
    certificate.checkValidity(Date.from(inTenYears.minusSeconds(60)));
    assertThrows(
        CertificateExpiredException.class,
        () -> certificate.checkValidity(Date.from(inTenYears.plusSeconds(60))));
  }

  @Test
  void itIsForSigningOnly() {
    X509Certificate certificate =
        DemoCertificates.selfSigned("ASST-TEST", Instant.now()).certificate();

    boolean[] usage = certificate.getKeyUsage();
    assertArrayEquals(
        new boolean[] {true, true, false, false, false, false, false, false, false}, usage);
    assertEquals(-1, certificate.getBasicConstraints(), "not a CA");
  }
}
