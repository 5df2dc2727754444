package dev.events.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;
import org.xml.sax.helpers.XMLFilterImpl;

import dev.events.content.NodeTypes;

/**
 * Passes a JCR system view on without the author's versioning: the {@code mix:versionable} mixin and the
 * version properties that point into the author's version storage. The public copy of a versioned event is
 * then a plain node with the same identifier and content, and no version history of its own. The runtime's
 * own author-side properties ({@code events:*}, such as the workflow state) stay behind too, except the calendar
 * {@code SEQUENCE} ({@value NodeTypes#CALENDAR_SEQUENCE}), which is for the public calendars.
 */
final class UnversionedCopy extends XMLFilterImpl {

    private static final String SV = "http://www.jcp.org/jcr/sv/1.0";
    private static final String MIXIN_TYPES = "jcr:mixinTypes";
    /** As the system view names them (the constants of {@code NodeType} are expanded names). */
    private static final Set<String> VERSION_MIXINS = Set.of("mix:versionable", "mix:simpleVersionable");
    private static final Set<String> VERSION_PROPERTIES = Set.of("jcr:versionHistory", "jcr:baseVersion",
            "jcr:predecessors", "jcr:isCheckedOut", "jcr:mergeFailed", "jcr:activity", "jcr:configuration");

    /** Depth inside a dropped property element, 0 outside. */
    private int skipped;
    /** The attributes of the {@code jcr:mixinTypes} element being read, else null. */
    private Attributes mixinProperty;
    private final List<String> mixins = new ArrayList<>();
    private StringBuilder value;

    /** @param importer where the filtered system view goes, such as a session's import content handler */
    UnversionedCopy(ContentHandler importer) {
        setContentHandler(importer);
    }

    @Override
    public void startElement(String uri, String local, String qName, Attributes atts) throws SAXException {
        if (skipped > 0 || isProperty(uri, local) && authorOnly(atts.getValue(SV, "name"))) {
            skipped++;
        } else if (isProperty(uri, local) && MIXIN_TYPES.equals(atts.getValue(SV, "name"))) {
            mixinProperty = new AttributesImpl(atts);
            mixins.clear();
        } else if (mixinProperty != null) {
            value = new StringBuilder();
        } else {
            super.startElement(uri, local, qName, atts);
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (value != null) {
            value.append(ch, start, length);
        } else if (skipped == 0 && mixinProperty == null) {
            super.characters(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String local, String qName) throws SAXException {
        if (skipped > 0) {
            skipped--;
        } else if (value != null) {
            mixins.add(value.toString());
            value = null;
        } else if (mixinProperty != null) {
            writeMixins(uri, local, qName);
            mixinProperty = null;
        } else {
            super.endElement(uri, local, qName);
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        if (skipped == 0 && mixinProperty == null) {
            super.ignorableWhitespace(ch, start, length);
        }
    }

    /** Writes the {@code jcr:mixinTypes} property without the versioning mixins; nothing when none is left. */
    private void writeMixins(String uri, String local, String qName) throws SAXException {
        List<String> kept = mixins.stream().filter(m -> !VERSION_MIXINS.contains(m)).toList();
        if (kept.isEmpty()) {
            return;
        }
        String valueName = qName.substring(0, qName.length() - local.length()) + "value";
        super.startElement(uri, local, qName, mixinProperty);
        for (String mixin : kept) {
            super.startElement(SV, "value", valueName, new AttributesImpl());
            super.characters(mixin.toCharArray(), 0, mixin.length());
            super.endElement(SV, "value", valueName);
        }
        super.endElement(uri, local, qName);
    }

    private static boolean isProperty(String uri, String local) {
        return SV.equals(uri) && "property".equals(local);
    }

    private static boolean authorOnly(String property) {
        return VERSION_PROPERTIES.contains(property)
                || String.valueOf(property).startsWith("events:") && !NodeTypes.CALENDAR_SEQUENCE.equals(property);
    }
}
