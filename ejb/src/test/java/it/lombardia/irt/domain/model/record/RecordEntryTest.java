package it.lombardia.irt.domain.model.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.spi.content.Label;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An entry IRT writes keeps its message and arguments, nested clauses included, to render later.
 */
class RecordEntryTest {

  private static final Instant AT = Instant.parse("2026-12-01T08:30:00Z");

  @Test
  void keepsTheMessageAndItsArgumentsRatherThanASentence() {
    EntryText text =
        EntryMessage.READING_AMENDED.with(
            EntryArg.bilingual(Label.of("Peso corporeo", "Body weight")),
            EntryArg.dateTime(AT),
            EntryArg.number(78.5),
            EntryArg.text("kg"),
            EntryArg.user("niguarda.infermiere"),
            EntryArg.optional(EntryMessage.COLON_REMARK.with(EntryArg.text("bilancia tarata"))));

    RecordEntry entry =
        new RecordEntry(7L, RecordEntry.Type.MEASUREMENTS, AT, "niguarda.infermiere", text, null);

    assertNull(entry.getSummary(), "no Italian sentence is stored");
    assertEquals("record.entry.reading.amended", entry.getMessageKey());
    assertEquals(text, entry.getText().orElseThrow());
  }

  @Test
  void wordsSomebodyWroteStayAsWritten() {
    RecordEntry note =
        new RecordEntry(7L, RecordEntry.Type.NOTE, AT, "niguarda.mmg", "Paziente stabile", null);

    assertEquals("Paziente stabile", note.getSummary());
    assertTrue(note.getText().isEmpty());
  }

  @Test
  void refusesArgumentsTheMessageDoesNotTake() {
    assertThrows(
        IllegalArgumentException.class,
        () -> EntryMessage.UVM.with(EntryArg.date(LocalDate.of(2026, 1, 1))));
    assertThrows(
        IllegalArgumentException.class,
        () -> EntryMessage.ALARM_CLOSED.with(EntryArg.user("niguarda.mmg")));
    assertEquals(List.of(), EntryMessage.ALARMS_RESUMED.with().args());
  }
}
