package it.lombardia.irt.domain.model.enrolment;

/** An enrolment was activated, suspended or closed (also by a consent withdrawn). */
public record EnrolmentStateChanged(long enrolmentId, long patientId, Enrolment.State state) {

  public static EnrolmentStateChanged of(Enrolment e) {
    return new EnrolmentStateChanged(e.getId(), e.getPatientId(), e.getState());
  }
}
