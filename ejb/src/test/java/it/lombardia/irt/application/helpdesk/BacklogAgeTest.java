package it.lombardia.irt.application.helpdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BacklogAgeTest {

  @Test
  void putsEachOpenTicketInTheBandOfItsAgeWithTheBoundsInTheOlderBand() {
    BacklogAge age =
        BacklogAge.NONE
            .plus(Duration.ofHours(23).plusMinutes(59))
            .plus(Duration.ofHours(24))
            .plus(Duration.ofHours(71))
            .plus(Duration.ofHours(72))
            .plus(Duration.ofDays(7))
            .plus(Duration.ofDays(30));

    assertEquals(1, age.upToOneDay());
    assertEquals(2, age.upToThreeDays());
    assertEquals(1, age.upToSevenDays());
    assertEquals(2, age.older());
  }

  @Test
  void keepsTheOldestWhateverTheOrder() {
    BacklogAge age =
        BacklogAge.NONE.plus(Duration.ofDays(2)).plus(Duration.ofDays(9)).plus(Duration.ofHours(1));

    assertEquals(Duration.ofDays(9), age.oldest());
    assertEquals(9L, age.oldestDays());
  }

  @Test
  void anEmptyBacklogHasNoOldest() {
    assertNull(BacklogAge.NONE.oldest());
    assertNull(BacklogAge.NONE.oldestDays());
  }
}
