package org.khet.registry;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The editable fields of a school, from its form or the API. */
public record SchoolForm(
        @Pattern(regexp = "|[0-9]{10}") String code10,
        @NotBlank @Size(max = 200) String nameTh,
        @Size(max = 200) String nameEn,
        Long networkId,
        @NotBlank @Size(max = 100) String amphoe,
        @NotBlank @Size(max = 100) String tambon,
        @NotBlank @Pattern(regexp = "OPEN|CLOSED|MERGED") String status,
        String mergedIntoCode,
        @Size(max = 50) String phone,
        @Email @Size(max = 200) String email,
        int version) {

    static SchoolForm of(School s, String mergedIntoCode) {
        return new SchoolForm(
                s.code10(),
                s.nameTh(),
                s.nameEn(),
                s.networkId(),
                s.amphoe(),
                s.tambon(),
                s.status(),
                mergedIntoCode,
                s.phone(),
                s.email(),
                s.version());
    }
}
