package it.lombardia.irt.spi;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Versions ({@code major.minor}) of this SPI and the ranges a plug-in declares it needs, written as
 * in Maven: {@code [1.0,2.0)} means from 1.0 included to 2.0 excluded.
 */
public final class SpiVersion implements Comparable<SpiVersion> {

  /**
   * The SPI this build of IRT implements. 1.1 added MDC codes for monitored parameters (see {@link
   * it.lombardia.irt.spi.content.MonitoredParameter}); a plug-in that uses them needs {@code
   * [1.1,…)}. 1.2 added the molar mass of a monitored parameter, 1.3 the continuous recording of
   * one ({@link it.lombardia.irt.spi.content.ContinuousRecording}), 1.4 the type of a criterion's
   * fact with its unit or choices ({@link it.lombardia.irt.spi.content.Criterion.FactType}), 1.5
   * the catalogue of vital signs ({@link it.lombardia.irt.spi.content.VitalSign}) and factories for
   * stages, tariffs, criteria and yes/no questions, 1.6 the other codes a monitored parameter is
   * recognised by ({@link it.lombardia.irt.spi.content.MonitoredParameter#alsoCodedAs}).
   */
  public static final SpiVersion CURRENT = new SpiVersion(1, 6);

  private static final Pattern VERSION = Pattern.compile("(\\d+)\\.(\\d+)");
  private static final Pattern RANGE =
      Pattern.compile("([\\[(])\\s*(\\d+\\.\\d+)?\\s*,\\s*(\\d+\\.\\d+)?\\s*([\\])])");

  private final int major;
  private final int minor;

  private SpiVersion(int major, int minor) {
    this.major = major;
    this.minor = minor;
  }

  public static SpiVersion parse(String text) {
    Matcher m = VERSION.matcher(text == null ? "" : text.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException("not a major.minor version: " + text);
    }
    return new SpiVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
  }

  /**
   * Whether {@code range} (e.g. {@code [1.0,2.0)}) includes this version.
   *
   * @throws IllegalArgumentException when the range is not well-formed
   */
  public boolean isWithin(String range) {
    Matcher m = RANGE.matcher(range == null ? "" : range.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException("not a version range like [1.0,2.0): " + range);
    }
    if (m.group(2) != null) {
      int c = compareTo(parse(m.group(2)));
      if (c < 0 || (c == 0 && m.group(1).equals("("))) {
        return false;
      }
    }
    if (m.group(3) != null) {
      int c = compareTo(parse(m.group(3)));
      return c < 0 || (c == 0 && m.group(4).equals("]"));
    }
    return true;
  }

  @Override
  public int compareTo(SpiVersion other) {
    return major != other.major
        ? Integer.compare(major, other.major)
        : Integer.compare(minor, other.minor);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SpiVersion v && v.major == major && v.minor == minor;
  }

  @Override
  public int hashCode() {
    return Objects.hash(major, minor);
  }

  @Override
  public String toString() {
    return major + "." + minor;
  }
}
