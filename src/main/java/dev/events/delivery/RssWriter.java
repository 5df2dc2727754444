package dev.events.delivery;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;

import com.rometools.rome.feed.rss.Category;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Description;
import com.rometools.rome.feed.rss.Guid;
import com.rometools.rome.feed.rss.Item;

/**
 * A listing feed as RSS 2.0, built with Rome. Rome's RSS model has no {@code atom:link rel="self"} (which the
 * RSS Advisory Board recommends so that readers know the feed's own address), so it goes in as foreign markup
 * of the channel, with the Atom namespace declared on the root.
 */
final class RssWriter {

    static final Namespace ATOM = Namespace.getNamespace("atom", "http://www.w3.org/2005/Atom");

    private RssWriter() {
    }

    static byte[] write(FeedChannel feed) throws IOException {
        Channel channel = new Channel("rss_2.0");
        channel.setEncoding(FeedDocuments.ENCODING);
        channel.setTitle(feed.title());
        channel.setLink(feed.link());
        channel.setDescription(feed.description());
        channel.setLanguage(feed.language());
        channel.setLastBuildDate(Date.from(feed.updated()));
        channel.setForeignMarkup(new ArrayList<>(List.of(self(feed.self()))));
        List<Item> items = new ArrayList<>();
        for (FeedItem item : feed.items()) {
            items.add(item(item));
        }
        channel.setItems(items);
        Document document = FeedDocuments.jdom(channel);
        document.getRootElement().addNamespaceDeclaration(ATOM);
        return FeedDocuments.bytes(document);
    }

    private static Element self(String href) {
        return new Element("link", ATOM).setAttribute("href", href).setAttribute("rel", "self")
                .setAttribute("type", FeedFormat.RSS.contentType().split(";")[0]);
    }

    private static Item item(FeedItem source) {
        Item item = new Item();
        item.setTitle(source.title());
        item.setLink(source.link());
        Guid guid = new Guid();
        guid.setValue(source.urn());
        guid.setPermaLink(false);
        item.setGuid(guid);
        Description description = new Description();
        description.setType("text/html");
        description.setValue(source.summaryHtml());
        item.setDescription(description);
        if (source.published() != null) {
            item.setPubDate(Date.from(source.published()));
        }
        List<Category> categories = new ArrayList<>();
        for (String name : source.categories()) {
            Category category = new Category();
            category.setValue(name);
            categories.add(category);
        }
        item.setCategories(categories);
        return item;
    }
}
