package dev.events.content;

/** Magnolia's node type and system property names (namespace {@code mgnl}). */
public final class NodeTypes {

    public static final String NAMESPACE_URI = "http://www.magnolia.info/jcr/mgnl";
    public static final String CONTENT = "mgnl:content";
    public static final String CONTENT_NODE = "mgnl:contentNode";
    public static final String FOLDER = "mgnl:folder";
    public static final String PAGE = "mgnl:page";
    public static final String AREA = "mgnl:area";
    public static final String COMPONENT = "mgnl:component";
    public static final String USER = "mgnl:user";
    public static final String ASSET = "mgnl:asset";
    public static final String RESOURCE = "mgnl:resource";

    public static final String CREATED = "mgnl:created";
    public static final String CREATED_BY = "mgnl:createdBy";
    public static final String LAST_MODIFIED = "mgnl:lastModified";
    public static final String LAST_MODIFIED_BY = "mgnl:lastModifiedBy";
    public static final String ACTIVATION_STATUS = "mgnl:activationStatus";
    public static final String LAST_ACTIVATED = "mgnl:lastActivated";
    public static final String LAST_ACTIVATED_BY = "mgnl:lastActivatedBy";
    public static final String TEMPLATE = "mgnl:template";

    /** The runtime's own author-side properties of an event's approval workflow (namespace {@code events}). */
    public static final String WORKFLOW_STATE = "events:workflow";
    public static final String WORKFLOW_TASK = "events:task";
    public static final String WORKFLOW_NOTE = "events:note";
    /**
     * An event's iCalendar {@code SEQUENCE}: how many of its publications changed its dates as calendars show
     * them. Counted at publication on author and, alone of the runtime's own properties, copied to public.
     */
    public static final String CALENDAR_SEQUENCE = "events:sequence";
    /** The dates of an event's last publication as calendars show them ({@code EventTime.calendarTiming()}). */
    public static final String PUBLISHED_TIMING = "events:publishedTiming";
    public static final String LAST_ACTIVATED_VERSION = "mgnl:lastActivatedVersion";
    public static final String LAST_ACTIVATED_VERSION_CREATED = "mgnl:lastActivatedVersionCreated";

    /** The trash: the mixin and its date property share this name. */
    public static final String DELETED = "mgnl:deleted";
    public static final String DELETED_BY = "mgnl:deletedBy";

    private NodeTypes() {
    }
}
