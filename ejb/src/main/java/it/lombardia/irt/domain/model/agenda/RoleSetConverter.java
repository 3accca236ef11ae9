package it.lombardia.irt.domain.model.agenda;

import it.lombardia.irt.domain.model.shared.EnumSetConverter;
import it.lombardia.irt.domain.model.user.Role;
import jakarta.persistence.Converter;

/** A set of roles as one column, e.g. {@code NURSE,PHYSICIAN}. */
@Converter
public class RoleSetConverter extends EnumSetConverter<Role> {

  public RoleSetConverter() {
    super(Role.class);
  }
}
