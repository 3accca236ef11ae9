package it.lombardia.irt.application.network;

/** Orders {@code major.minor.patch} versions numerically (1.10.0 is newer than 1.9.3). */
final class SemanticVersion {

  private SemanticVersion() {}

  static int compare(String a, String b) {
    String[] x = a.split("\\.");
    String[] y = b.split("\\.");
    for (int i = 0; i < Math.max(x.length, y.length); i++) {
      int c = Integer.compare(part(x, i), part(y, i));
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  private static int part(String[] parts, int i) {
    try {
      return i < parts.length ? Integer.parseInt(parts[i]) : 0;
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
