package it.lombardia.irt.application.apiclient;

/** A client id with its secret, returned once when issued or rotated; IRT keeps only the digest. */
public record IssuedCredentials(String clientId, String secret) {

  /**
   * The bearer token form accepted by the API: {@code Authorization: Bearer <clientId>.<secret>}.
   */
  public String bearerToken() {
    return clientId + "." + secret;
  }
}
