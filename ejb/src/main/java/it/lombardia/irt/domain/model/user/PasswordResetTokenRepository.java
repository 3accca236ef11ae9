package it.lombardia.irt.domain.model.user;

import java.util.Optional;

/** The password reset links the service centre started, as the account owner's side reads them. */
public interface PasswordResetTokenRepository {

  void add(PasswordResetToken token);

  /** The reset a token's SHA-256 digest belongs to (looked up across ASSTs at Region level). */
  Optional<PasswordResetToken> byDigest(String tokenSha256);

  Optional<PasswordResetToken> find(long id);

  /** The reset locked until the transaction ends: of two uses of one link exactly one wins. */
  Optional<PasswordResetToken> locked(long id);
}
