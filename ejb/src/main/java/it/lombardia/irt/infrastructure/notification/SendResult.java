package it.lombardia.irt.infrastructure.notification;

/** The outcome of one attempt: delivered, or the error to record. */
public record SendResult(boolean delivered, String error) {

  public static SendResult ok() {
    return new SendResult(true, null);
  }

  public static SendResult failed(String error) {
    return new SendResult(false, error);
  }
}
