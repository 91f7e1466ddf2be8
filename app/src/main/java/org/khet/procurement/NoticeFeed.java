package org.khet.procurement;

import java.io.StringWriter;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.TimeUnit;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.khet.platform.Texts;
import org.khet.shared.NotFoundException;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * An Atom 1.0 feed of a buyer's latest changed notices (an area's: the office's and every school's), for feed readers
 * and watchers: one entry per notice, updated when the notice last changed. In Thai, as the notices are. It carries no
 * form nor cookie, so it is cached for a few minutes, and a reader that sends back the ETag or Last-Modified it got is
 * answered 304 until something changes.
 */
@RestController
class NoticeFeed {

    static final int ENTRIES = 50;
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final MediaType ATOM_XML = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

    private final Buyers buyers;
    private final NoticeSearch search;

    NoticeFeed(Buyers buyers, NoticeSearch search) {
        this.buyers = buyers;
        this.search = search;
    }

    @GetMapping(PublicProcurementPages.PATH + "/{code}/feed.atom")
    ResponseEntity<String> feed(@PathVariable String code, WebRequest request) throws XMLStreamException {
        Buyer buyer = buyers.byCode(code).orElseThrow(() -> new NotFoundException("buyer"));
        String office = buyers.officeOf(buyer).name();
        var notices = search.find(buyer, office, new NoticeSearch.Filter(null, null, null, null, null), 1, ENTRIES)
                .notices();
        OffsetDateTime updated = notices.isEmpty()
                ? OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC)
                : notices.get(0).updatedAt();
        String etag = "\"" + buyer.code() + "-" + updated.toInstant().toEpochMilli() + "-" + notices.size() + "\"";
        if (request.checkNotModified(etag, updated.toInstant().toEpochMilli())) {
            return null;
        }
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        return ResponseEntity.ok()
                .contentType(ATOM_XML)
                .cacheControl(CacheControl.maxAge(5, TimeUnit.MINUTES).cachePublic())
                .eTag(etag)
                .lastModified(updated.toInstant())
                .body(atom(buyer, base, updated, notices));
    }

    private static String atom(
            Buyer buyer, String base, OffsetDateTime updated, java.util.List<NoticeSearch.Notice> notices)
            throws XMLStreamException {
        StringWriter out = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        String page = base + PublicProcurementPages.PATH + "/" + buyer.code();
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace(ATOM);
        xml.writeAttribute("xml:lang", "th");
        text(xml, "id", page + "/feed.atom");
        text(
                xml,
                "title",
                Texts.of("procurement.portal.feedTitle", buyer.name()).th());
        text(xml, "updated", time(updated));
        link(xml, "self", page + "/feed.atom", "application/atom+xml");
        link(xml, "alternate", page, "text/html");
        xml.writeStartElement("author");
        text(xml, "name", buyer.name());
        xml.writeEndElement();
        for (NoticeSearch.Notice n : notices) {
            String url = base + PublicProcurementPages.PATH + "/notices/" + n.ocid();
            xml.writeStartElement("entry");
            text(xml, "id", url);
            text(xml, "title", n.title());
            text(xml, "updated", time(n.updatedAt()));
            link(xml, "alternate", url, "text/html");
            text(xml, "summary", summary(n));
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return out.toString();
    }

    /** The entry's one line: buyer, status, method, budget. */
    private static String summary(NoticeSearch.Notice n) {
        return Texts.of(
                        "procurement.portal.feedSummary",
                        n.buyerName(),
                        Texts.of("procurement.status." + n.status()).th(),
                        n.method().label().th(),
                        Amounts.baht(n.budget()))
                .th();
    }

    private static String time(OffsetDateTime at) {
        return at.withOffsetSameInstant(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static void text(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
        xml.writeAttribute("type", type);
    }
}
