package org.khet.correspondence;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Keeps a letter's official-form blocks, one row per letter, apart from the letter row itself. */
@Component
class OfficialBlockStore {

    private final JdbcClient jdbc;

    OfficialBlockStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps (or replaces) the blocks of letter {@code letterId}, checked first. */
    void keep(long letterId, OfficialBlocks blocks) {
        OfficialBlocks b = blocks.checked();
        jdbc.sql("""
                        insert into correspondence.letter_layout (letter_id, salutation, reference, enclosures, closing,
                            signatory_name, signatory_position, address, contact, thai_digits)
                        values (:id, :salutation, :reference, :enclosures, :closing, :name, :position, :address,
                            :contact, :thai)
                        on conflict (letter_id) do update set salutation = excluded.salutation,
                            reference = excluded.reference, enclosures = excluded.enclosures,
                            closing = excluded.closing, signatory_name = excluded.signatory_name,
                            signatory_position = excluded.signatory_position, address = excluded.address,
                            contact = excluded.contact, thai_digits = excluded.thai_digits""")
                .param("id", letterId)
                .param("salutation", b.salutation())
                .param("reference", b.reference())
                .param("enclosures", b.enclosures())
                .param("closing", b.closing())
                .param("name", b.signatoryName())
                .param("position", b.signatoryPosition())
                .param("address", b.address())
                .param("contact", b.contact())
                .param("thai", b.digitsInThai())
                .update();
    }

    /** The blocks of letter {@code letterId}; none set when it has no row. */
    OfficialBlocks of(long letterId) {
        return jdbc.sql("""
                        select salutation, reference, enclosures, closing, signatory_name, signatory_position, address,
                            contact, thai_digits
                        from correspondence.letter_layout where letter_id = :id""")
                .param("id", letterId)
                .query((rs, n) -> new OfficialBlocks(
                        rs.getString("salutation"),
                        rs.getString("reference"),
                        rs.getString("enclosures"),
                        rs.getString("closing"),
                        rs.getString("signatory_name"),
                        rs.getString("signatory_position"),
                        rs.getString("address"),
                        rs.getString("contact"),
                        rs.getBoolean("thai_digits")))
                .optional()
                .orElseGet(OfficialBlocks::none);
    }
}
