package org.khet.procurement;

import java.util.Arrays;
import java.util.Optional;
import org.khet.platform.Texts;
import org.khet.shared.Bilingual;

/**
 * What an attached file is, by the codes of OCDS's documentType codelist: those a Thai school's or office's purchase
 * files (the plan, the invitation and bidding documents, the specification, the market study behind the reference
 * price, the evaluation, the winner announcement, the signed contract and its annexes, the acceptance, a cancellation).
 */
public enum DocumentType {
    procurementPlan,
    tenderNotice,
    biddingDocuments,
    technicalSpecifications,
    marketStudies,
    evaluationReports,
    awardNotice,
    contractSigned,
    contractAnnexe,
    completionCertificate,
    cancellationDetails;

    public Bilingual label() {
        return Texts.of("procurement.documentType." + name());
    }

    static Optional<DocumentType> named(String code) {
        return Arrays.stream(values()).filter(t -> t.name().equals(code)).findFirst();
    }
}
