package it.lombardia.irt.interfaces.agendas;

import it.lombardia.irt.application.agenda.SlotView;
import it.lombardia.irt.domain.model.shared.Italy;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One column of the agenda's calendar: a day in Italy and its slots in time order. */
public record CalendarDay(LocalDate date, List<SlotView> slots) implements Serializable {

  /** The day's start in Italy, for the page's date formats. */
  public Instant start() {
    return date.atStartOfDay(Italy.ZONE).toInstant();
  }

  /** Every day from {@code first} to {@code last}, each with those of {@code slots} it holds. */
  public static List<CalendarDay> of(LocalDate first, LocalDate last, List<SlotView> slots) {
    List<CalendarDay> days = new ArrayList<>();
    for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
      LocalDate day = date;
      days.add(
          new CalendarDay(
              day,
              slots.stream()
                  .filter(s -> s.start().atZone(Italy.ZONE).toLocalDate().equals(day))
                  .sorted(java.util.Comparator.comparing(SlotView::start))
                  .toList()));
    }
    return days;
  }
}
