package it.lombardia.irt.application.training;

import it.lombardia.irt.domain.model.training.TrainingGap;
import jakarta.enterprise.context.RequestScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * The training gaps an ASST that warns let pass during this request, for the answer to carry: the
 * API as {@code Warning} headers, a page as warning messages.
 */
@RequestScoped
public class TrainingWarnings {

  private final List<TrainingGap> gaps = new ArrayList<>();

  void add(TrainingGap gap) {
    if (!gaps.contains(gap)) {
      gaps.add(gap);
    }
  }

  public List<TrainingGap> gaps() {
    return List.copyOf(gaps);
  }
}
