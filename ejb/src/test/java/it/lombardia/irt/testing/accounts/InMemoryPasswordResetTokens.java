package it.lombardia.irt.testing.accounts;

import it.lombardia.irt.domain.model.user.PasswordResetToken;
import it.lombardia.irt.domain.model.user.PasswordResetTokenRepository;
import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Password reset links in memory, found by their token's digest as the database's index does. */
public final class InMemoryPasswordResetTokens implements PasswordResetTokenRepository {

  public final Rows<PasswordResetToken> table = new Rows<>(PasswordResetToken::getId);
  private final Map<String, PasswordResetToken> byDigest = new HashMap<>();

  @Override
  public void add(PasswordResetToken token) {
    table.insert(token);
    byDigest.put(digestOf(token), token);
  }

  @Override
  public Optional<PasswordResetToken> byDigest(String tokenSha256) {
    return Optional.ofNullable(byDigest.get(tokenSha256));
  }

  @Override
  public Optional<PasswordResetToken> find(long id) {
    return table.byId(id);
  }

  @Override
  public Optional<PasswordResetToken> locked(long id) {
    return table.byId(id);
  }

  /** The entity never hands its digest out (only the query compares it): read as the column is. */
  private static String digestOf(PasswordResetToken token) {
    try {
      Field digest = PasswordResetToken.class.getDeclaredField("tokenSha256");
      digest.setAccessible(true);
      return (String) digest.get(token);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
