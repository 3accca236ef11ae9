package it.lombardia.irt.interfaces.patients;

import it.lombardia.irt.application.enrolment.EnrolmentTask;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** Which enrolment steps the user's roles take, so that pages offer only forms they may submit. */
@Named
@RequestScoped
public class EnrolmentTasks {

  /** Whether the user may take {@code task}, a name of {@link EnrolmentTask}. */
  public boolean allows(String task) {
    return EnrolmentTask.valueOf(task).allowsCaller();
  }
}
