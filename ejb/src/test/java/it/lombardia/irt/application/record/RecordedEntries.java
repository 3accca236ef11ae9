package it.lombardia.irt.application.record;

import it.lombardia.irt.domain.model.record.EntryArg;
import it.lombardia.irt.domain.model.record.EntryText;
import it.lombardia.irt.domain.model.record.RecordEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A home-care record that keeps the entries written to it, for tests without a database, each as
 * its message key and arguments: {@code record.entry.alarm.closed(Saturazione risalita)}.
 */
public class RecordedEntries extends HomeCareRecord {

  public final List<String> entries = new ArrayList<>();

  @Override
  public RecordEntry append(long patientId, RecordEntry.Type type, EntryText text, String ref) {
    entries.add(plain(text));
    return null;
  }

  public String last() {
    return entries.get(entries.size() - 1);
  }

  static String plain(EntryText text) {
    return text.key()
        + "("
        + text.args().stream().map(RecordedEntries::plain).collect(Collectors.joining("; "))
        + ")";
  }

  private static String plain(EntryArg arg) {
    return arg.kind() == EntryArg.Kind.PARTS
        ? arg.parts().stream().map(RecordedEntries::plain).collect(Collectors.joining(", "))
        : arg.value();
  }
}
