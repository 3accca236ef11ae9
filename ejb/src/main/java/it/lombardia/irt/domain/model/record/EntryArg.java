package it.lombardia.irt.domain.model.record;

import it.lombardia.irt.spi.content.Label;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * One argument of an {@link EntryText}, kept as what it is rather than as words, so the reader's
 * language decides how it reads: a date is formatted for the reader, an enum value is a bundle
 * label, a professional is named, never shown by username.
 *
 * @param value the text, username, ISO date or instant, number, or bundle key(s) — by {@code kind}
 * @param en the English text of a plug-in {@link Label} ({@code value} is the Italian one)
 * @param parts the nested texts of a {@link Kind#PARTS} argument (an optional clause, a list)
 */
public record EntryArg(Kind kind, String value, String en, List<EntryText> parts) {

  /** How an argument is shown. */
  public enum Kind {
    /** Words somebody wrote (a reason, a note, a title): shown as written. */
    TEXT,
    /** A username or an operations centre's address, shown by name. */
    USER,
    DATE,
    DATE_TIME,
    NUMBER,
    /** A bundle key, shown as its label (at the start of a sentence). */
    LABEL,
    /** A bundle key, shown as its label inside a sentence (first letter lower case). */
    TERM,
    /** Bundle keys separated by "|", their labels inside a sentence joined by commas. */
    TERMS,
    /** A plug-in's bilingual label. */
    BILINGUAL,
    /** Nested texts joined by commas: an optional clause (none or one), or a list. */
    PARTS
  }

  public EntryArg {
    parts = parts == null ? List.of() : List.copyOf(parts);
  }

  public static EntryArg text(String text) {
    return new EntryArg(Kind.TEXT, text == null ? "" : text, null, null);
  }

  public static EntryArg user(String username) {
    return new EntryArg(Kind.USER, username, null, null);
  }

  public static EntryArg date(LocalDate date) {
    return new EntryArg(Kind.DATE, date == null ? null : date.toString(), null, null);
  }

  public static EntryArg dateTime(Instant instant) {
    return new EntryArg(Kind.DATE_TIME, instant == null ? null : instant.toString(), null, null);
  }

  public static EntryArg number(double number) {
    return new EntryArg(Kind.NUMBER, String.valueOf(number), null, null);
  }

  public static EntryArg label(String key) {
    return new EntryArg(Kind.LABEL, key, null, null);
  }

  public static EntryArg term(String key) {
    return new EntryArg(Kind.TERM, key, null, null);
  }

  public static EntryArg terms(Collection<String> keys) {
    return new EntryArg(Kind.TERMS, String.join("|", keys), null, null);
  }

  public static EntryArg bilingual(Label label) {
    return new EntryArg(Kind.BILINGUAL, label.it(), label.en(), null);
  }

  public static EntryArg parts(List<EntryText> parts) {
    return new EntryArg(Kind.PARTS, null, null, parts);
  }

  /** An optional clause: present when {@code clause} is not null. */
  public static EntryArg optional(EntryText clause) {
    return parts(clause == null ? List.of() : List.of(clause));
  }
}
