package com.caringmedical.clinic.syndication;

import java.io.StringWriter;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.caringmedical.clinic.article.ArticleService;
import com.caringmedical.clinic.article.ArticleService.FeedArticle;
import com.caringmedical.clinic.article.ArticleSummaryView;
import com.caringmedical.clinic.body.BodyConfig;
import com.caringmedical.clinic.body.Mark;
import com.caringmedical.clinic.editing.PublishedItem;
import com.caringmedical.clinic.location.LocationService;
import com.caringmedical.clinic.treatment.TreatmentService;
import com.caringmedical.clinic.web.http.HttpConfig;

/**
 * The sitemap (sitemaps.org protocol 0.9) of the published articles, treatment options and offices, and the Atom
 * feed (RFC 4287) of the articles saved last. Both name the front-end's pages ({@code clinic.syndication.site-url}
 * and the paths of {@code clinic.body.links.*}); both are written with the JDK's StAX writer, which escapes text.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Syndication {

    static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String ATOM_NS = "http://www.w3.org/2005/Atom";
    static final String FEED_PATH = "/feed.atom";

    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

    private final ArticleService articles;
    private final TreatmentService treatments;
    private final LocationService locations;
    private final BodyConfig paths;
    private final SyndicationConfig config;
    private final HttpConfig http;

    Syndication(ArticleService articles, TreatmentService treatments, LocationService locations, BodyConfig paths,
            SyndicationConfig config, HttpConfig http) {
        this.articles = articles;
        this.treatments = treatments;
        this.locations = locations;
        this.paths = paths;
        this.config = config;
        this.http = http;
    }

    /** The sitemap: one {@code <url>} per published article, treatment option and office, with its last save. */
    public String sitemap() {
        String site = site("sitemap");
        return write(xml -> {
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace(SITEMAP_NS);
            urls(xml, site, Mark.LinkedKind.ARTICLE, articles.published());
            urls(xml, site, Mark.LinkedKind.TREATMENT, treatments.published());
            urls(xml, site, Mark.LinkedKind.OFFICE, locations.published());
            xml.writeEndElement();
        });
    }

    private void urls(XMLStreamWriter xml, String site, Mark.LinkedKind kind, List<PublishedItem> items)
            throws XMLStreamException {
        for (PublishedItem item : items) {
            xml.writeStartElement("url");
            element(xml, "loc", page(site, kind, item.slug()));
            element(xml, "lastmod", timestamp(item.updatedAt()));
            xml.writeEndElement();
        }
    }

    /** The Atom feed of the {@code feed-size} published articles saved last, newest first. */
    public String feed() {
        String site = site("feed");
        List<FeedArticle> newest = articles.newestChanged(config.feedSize());
        String authority = URI.create(site).getHost();
        return write(xml -> {
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM_NS);
            element(xml, "id", "tag:" + authority + ",2026:articles");
            element(xml, "title", config.feedTitle());
            element(xml, "updated", timestamp(newest.isEmpty() ? Instant.EPOCH : newest.get(0).article().updatedAt()));
            link(xml, "self", http.publicBaseUrl().map(base -> base.toString().replaceFirst("/+$", "")).orElse("")
                    + FEED_PATH, "application/atom+xml");
            link(xml, "alternate", site + "/", "text/html");
            xml.writeStartElement("author");
            element(xml, "name", config.publisher());
            xml.writeEndElement();
            for (FeedArticle entry : newest) {
                entry(xml, site, authority, entry);
            }
            xml.writeEndElement();
        });
    }

    private void entry(XMLStreamWriter xml, String site, String authority, FeedArticle entry)
            throws XMLStreamException {
        ArticleSummaryView article = entry.article();
        xml.writeStartElement("entry");
        element(xml, "id", "tag:" + authority + ",2026:articles/" + entry.id());
        element(xml, "title", article.title());
        link(xml, "alternate", page(site, Mark.LinkedKind.ARTICLE, article.slug()), "text/html");
        if (article.publishedAt() != null) {
            element(xml, "published", timestamp(article.publishedAt()));
        }
        element(xml, "updated", timestamp(article.updatedAt()));
        if (article.author() != null) {
            xml.writeStartElement("author");
            element(xml, "name", article.author().credentials() == null ? article.author().name()
                    : article.author().name() + ", " + article.author().credentials());
            xml.writeEndElement();
        }
        for (String topic : article.topics()) {
            xml.writeEmptyElement("category");
            xml.writeAttribute("term", topic);
        }
        element(xml, "summary", article.summary());
        xml.writeEndElement();
    }

    private String site(String what) {
        return config.siteUrl().map(url -> url.toString().replaceFirst("/+$", ""))
                .orElseThrow(() -> new SiteNotConfigured(what));
    }

    private String page(String site, Mark.LinkedKind kind, String slug) {
        return site + paths.href(new Mark.InternalLink(kind, slug));
    }

    /** RFC 3339 in UTC to the second: what both the sitemap's W3C datetime and Atom's date construct take. */
    private static String timestamp(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }

    private interface Body {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private static String write(Body body) {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XML.createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            body.write(xml);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("the XML could not be written", e);
        }
        return text + "\n";
    }
}
