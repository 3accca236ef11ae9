package it.lombardia.irt.interfaces.patients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.domain.model.record.EntryArg;
import it.lombardia.irt.domain.model.record.EntryMessage;
import it.lombardia.irt.domain.model.record.EntryText;
import it.lombardia.irt.domain.model.record.RecordEntry;
import it.lombardia.irt.spi.content.Label;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every message IRT writes in the home-care record reads in Italian and in English: its key is in
 * both bundles with as many placeholders as the message has arguments, and each argument is shown
 * for the reader (dates, numbers, labels, names).
 */
class RecordEntryTextTest {

  private static final Function<String, String> NAMES =
      username -> "mrossi".equals(username) ? "Marco Rossi" : username;
  private static final Pattern LONE_QUOTE = Pattern.compile("(?<!')'(?!')");

  private final RecordEntryText italian = new RecordEntryText(Locale.ITALIAN, NAMES);
  private final RecordEntryText english = new RecordEntryText(Locale.ENGLISH, NAMES);

  @ParameterizedTest
  @EnumSource(EntryMessage.class)
  void everyMessageIsInBothBundlesWithItsArguments(EntryMessage message) {
    for (String language : List.of("it", "en")) {
      String pattern = bundle(language).getProperty(message.key());
      assertTrue(pattern != null, message.key() + " is missing in messages_" + language);
      assertEquals(
          message.kinds().size(),
          new MessageFormat(pattern).getFormatsByArgumentIndex().length,
          message.key() + " in messages_" + language + " has the message's arguments");
      assertFalse(
          LONE_QUOTE.matcher(pattern).find(),
          message.key() + " in messages_" + language + ": write an apostrophe as ''");
    }
  }

  @ParameterizedTest
  @EnumSource(EntryMessage.class)
  void everyMessageRendersItsArgumentsForTheReader(EntryMessage message) {
    EntryText text =
        message.with(message.kinds().stream().map(this::sample).toArray(EntryArg[]::new));

    String it = italian.render(text);
    String en = english.render(text);

    for (String rendered : List.of(it, en)) {
      assertFalse(rendered.contains("{") || rendered.contains(message.key()), rendered);
      assertFalse(rendered.contains("mrossi") || rendered.contains("service."), rendered);
    }
    if (message.kinds().contains(EntryArg.Kind.DATE)) {
      assertTrue(it.contains("01/12/2026") && en.contains("1 Dec 2026"), it + " / " + en);
    }
    if (message.kinds().contains(EntryArg.Kind.DATE_TIME)) {
      assertTrue(it.contains("01/12/2026 09:30") && en.contains("1 Dec 2026, 09:30"), it + en);
    }
    if (message.kinds().contains(EntryArg.Kind.NUMBER)) {
      assertTrue(it.contains("2,5") && en.contains("2.5"), it + " / " + en);
    }
    if (message.kinds().contains(EntryArg.Kind.BILINGUAL)) {
      assertTrue(it.contains("Bilancia") && en.contains("Scale"), it + " / " + en);
    }
    if (message.kinds().contains(EntryArg.Kind.USER)) {
      assertTrue(it.contains("Marco Rossi") && en.contains("Marco Rossi"), it + " / " + en);
    }
  }

  @Test
  void aBookingReadsInEachLanguageWithTheServiceInsideTheSentence() {
    EntryText booked =
        EntryMessage.BOOKED.with(
            EntryArg.term("service.TELEVISIT"),
            EntryArg.dateTime(Instant.parse("2026-12-01T08:30:00Z")),
            EntryArg.user("mrossi"));

    assertEquals(
        "Prenotata televisita il 01/12/2026 09:30 nell'agenda di Marco Rossi",
        italian.render(booked));
    assertEquals(
        "Booked televisit on 1 Dec 2026, 09:30 in the agenda of Marco Rossi",
        english.render(booked));
  }

  @Test
  void anOptionalRemarkAndAnAcronymReadAsWritten() {
    EntryText acknowledged =
        EntryMessage.ALARM_ACKNOWLEDGED.with(
            EntryArg.term("enum.AlarmAction.Action.CALL_BY_NURSE"),
            EntryArg.optional(EntryMessage.DASH_REMARK.with(EntryArg.text("richiamata"))));
    EntryText approved =
        EntryMessage.PLAN_APPROVED.with(
            EntryArg.text("PAI"),
            EntryArg.number(1),
            EntryArg.parts(
                List.of(
                    EntryMessage.TEAM_MEMBER.with(
                        EntryArg.user("centre:COT"), EntryArg.text("coordinamento")))),
            EntryArg.terms(List.of("service.TELEMONITORING_LEVEL_1")),
            EntryArg.date(LocalDate.of(2027, 3, 1)));

    assertEquals(
        "Allarme preso in carico: telefonata dell'infermiere — richiamata",
        italian.render(acknowledged));
    assertEquals(
        "PAI version 1 approved; team: Territorial Operations Centre (COT) (coordinamento);"
            + " services: tele-monitoring level 1; review by 1 Mar 2027",
        english.render(approved));
  }

  @Test
  void anEntryWrittenBeforeKeepsItsItalianSentence() {
    RecordEntry old =
        new RecordEntry(
            7L,
            RecordEntry.Type.ALARM,
            Instant.parse("2026-01-01T10:00:00Z"),
            "mrossi",
            "Allarme chiuso: risolto",
            null);

    assertEquals("Allarme chiuso: risolto", english.summary(old));
  }

  @Test
  void aMessageNoLongerShippedStillShowsItsArguments() {
    EntryText unknown = new EntryText("record.entry.gone", List.of(EntryArg.text("dato")));

    assertEquals("record.entry.gone [dato]", english.render(unknown));
  }

  private EntryArg sample(EntryArg.Kind kind) {
    return switch (kind) {
      case TEXT -> EntryArg.text("testo");
      case USER -> EntryArg.user("mrossi");
      case DATE -> EntryArg.date(LocalDate.of(2026, 12, 1));
      case DATE_TIME -> EntryArg.dateTime(Instant.parse("2026-12-01T08:30:00Z"));
      case NUMBER -> EntryArg.number(2.5);
      case LABEL, TERM -> new EntryArg(kind, "service.TELEVISIT", null, null);
      case TERMS -> EntryArg.terms(List.of("service.TELEVISIT", "service.TELECONTROL"));
      case BILINGUAL -> EntryArg.bilingual(Label.of("Bilancia", "Scale"));
      case PARTS -> EntryArg.optional(EntryMessage.DASH_REMARK.with(EntryArg.text("nota")));
    };
  }

  private static Properties bundle(String language) {
    String path = "/it/lombardia/irt/interfaces/messages_" + language + ".properties";
    try (InputStream in = RecordEntryTextTest.class.getResourceAsStream(path)) {
      Properties properties = new Properties();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return properties;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
