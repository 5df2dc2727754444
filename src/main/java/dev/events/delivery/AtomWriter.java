package dev.events.delivery;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.jdom2.Document;
import org.jdom2.Namespace;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;

/**
 * A listing feed as Atom 1.0 (RFC 4287), built with Rome. The feed's {@code id} is its own address (one feed per
 * language and category), entries' ids are {@code urn:uuid:<node identifier>}; the events page's title is the
 * feed's {@code author}, which Atom requires of the feed or of every entry. Rome writes no {@code xml:lang}, so
 * it is set on the root element.
 */
final class AtomWriter {

    private AtomWriter() {
    }

    static byte[] write(FeedChannel source) throws IOException {
        Feed feed = new Feed("atom_1.0");
        feed.setEncoding(FeedDocuments.ENCODING);
        feed.setId(source.self());
        feed.setTitleEx(text("text", source.title()));
        feed.setSubtitle(text("text", source.description()));
        feed.setAlternateLinks(List.of(link("alternate", "text/html", source.link())));
        feed.setOtherLinks(List.of(link("self", FeedFormat.ATOM.contentType().split(";")[0], source.self())));
        Person author = new Person();
        author.setName(source.title());
        feed.setAuthors(List.of(author));
        feed.setUpdated(Date.from(source.updated()));
        List<Entry> entries = new ArrayList<>();
        for (FeedItem item : source.items()) {
            entries.add(entry(item));
        }
        feed.setEntries(entries);
        Document document = FeedDocuments.jdom(feed);
        document.getRootElement().setAttribute("lang", source.language(), Namespace.XML_NAMESPACE);
        return FeedDocuments.bytes(document);
    }

    private static Entry entry(FeedItem item) {
        Entry entry = new Entry();
        entry.setId(item.urn());
        entry.setTitleEx(text("text", item.title()));
        entry.setAlternateLinks(List.of(link("alternate", "text/html", item.link())));
        entry.setSummary(text("html", item.summaryHtml()));
        if (item.published() != null) {
            entry.setPublished(Date.from(item.published()));
        }
        entry.setUpdated(Date.from(item.updated()));
        List<Category> categories = new ArrayList<>();
        for (String name : item.categories()) {
            Category category = new Category();
            category.setTerm(name);
            categories.add(category);
        }
        entry.setCategories(categories);
        return entry;
    }

    private static Content text(String type, String value) {
        Content content = new Content();
        content.setType(type);
        content.setValue(value);
        return content;
    }

    private static Link link(String rel, String type, String href) {
        Link link = new Link();
        link.setRel(rel);
        link.setType(type);
        link.setHref(href);
        return link;
    }
}
