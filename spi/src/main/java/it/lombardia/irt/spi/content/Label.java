package it.lombardia.irt.spi.content;

/** A text shown to users, in Italian (their language) and English. Both are required. */
public record Label(String it, String en) {

  public static Label of(String it, String en) {
    return new Label(it, en);
  }
}
