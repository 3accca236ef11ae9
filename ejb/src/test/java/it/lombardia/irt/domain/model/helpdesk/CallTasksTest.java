package it.lombardia.irt.domain.model.helpdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CallTasksTest {

  private static final Instant GAP_START = Instant.parse("2026-12-01T08:00:00Z");
  private static final Instant BEFORE_GAP = GAP_START.minus(Duration.ofDays(5));
  private static final Instant IN_GAP = GAP_START.plus(Duration.ofDays(2));

  @Test
  void aSilentInstalledDeviceWithoutTaskGetsOne() {
    assertEquals(List.of(7L), CallTasks.toOpen(List.of(7L), List.of(), GAP_START));
  }

  @Test
  void anOpenTaskIsNotDuplicatedWhenTheCheckRunsAgain() {
    List<CallTasks.Task> open = List.of(new CallTasks.Task(7L, true, BEFORE_GAP));
    assertTrue(CallTasks.toOpen(List.of(7L), open, GAP_START).isEmpty());
  }

  @Test
  void aTaskClosedDuringThisGapIsNotReopenedButAnOlderGapsIs() {
    List<CallTasks.Task> closedInGap = List.of(new CallTasks.Task(7L, false, IN_GAP));
    assertTrue(CallTasks.toOpen(List.of(7L), closedInGap, GAP_START).isEmpty());
    List<CallTasks.Task> closedBefore = List.of(new CallTasks.Task(7L, false, BEFORE_GAP));
    assertEquals(List.of(7L), CallTasks.toOpen(List.of(7L), closedBefore, GAP_START));
  }

  @Test
  void eachDeviceIsJudgedByItsOwnTasks() {
    List<CallTasks.Task> tasks = List.of(new CallTasks.Task(7L, true, IN_GAP));
    assertEquals(List.of(8L), CallTasks.toOpen(List.of(7L, 8L), tasks, GAP_START));
  }

  @Test
  void theOutcomeReadsInItalianWithNamesAndClosesTheTaskOnlyWhenSomeoneAnswered() {
    CallOutcome reached = new CallOutcome(true, true, false, " Modem spento ");
    String text = reached.recordText("CST Lombardia", "Giulia Neri", "connected-scale SC-1");
    assertEquals(
        "Chiamata del CST Lombardia (Giulia Neri) per dati mancanti dal dispositivo"
            + " connected-scale SC-1: paziente o caregiver raggiunto; causa tecnica trovata;"
            + " problema non risolto. Nota: Modem spento",
        text);
    assertTrue(reached.closesTask());
    assertFalse(new CallOutcome(false, false, false, null).closesTask());
  }
}
