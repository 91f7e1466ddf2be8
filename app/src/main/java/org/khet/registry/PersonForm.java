package org.khet.registry;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The editable fields of a person; the national ID is given only when creating or correcting it. */
public record PersonForm(
        @Size(max = 50) String title,
        @NotBlank @Size(max = 100) String firstNameTh,
        @NotBlank @Size(max = 100) String lastNameTh,
        Long positionId,
        String academicStanding,
        String schoolCode,
        Long unitId,
        String nationalId,
        @Size(max = 50) String phone,
        @Email @Size(max = 200) String email,
        boolean active,
        int version) {}
