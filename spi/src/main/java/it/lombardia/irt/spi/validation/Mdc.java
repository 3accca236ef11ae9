package it.lombardia.irt.spi.validation;

import java.util.regex.Pattern;

/**
 * ISO/IEEE 11073-10101 (MDC) codes as FHIR writes them in system {@code
 * urn:iso:std:iso:11073:10101}: the decimal of partition × 2^16 + term code, e.g. {@code 737824}
 * (partition 11, implantable cardiac devices). Partition 0 is not assigned, so a code is at least
 * 65536; that also keeps a LOINC code typed without its dash and check digit from passing as one.
 */
final class Mdc {

  private static final Pattern SHAPE = Pattern.compile("[1-9]\\d{4,9}");
  private static final long FIRST_PARTITION = 1L << 16;
  private static final long LIMIT = 1L << 32;

  private Mdc() {}

  static boolean isWellFormed(String code) {
    if (code == null || !SHAPE.matcher(code).matches()) {
      return false;
    }
    long value = Long.parseLong(code);
    return value >= FIRST_PARTITION && value < LIMIT;
  }
}
