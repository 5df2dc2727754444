package dev.events.publish;

import java.io.InputStream;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import javax.jcr.RepositoryException;

import dev.events.content.BulkWrite;
import dev.events.content.EventImportReader;
import dev.events.content.EventRecord;

/**
 * Reads the events of a checked import file in a second thread while the calling thread writes them, so that
 * parsing and writing use both cores of a small machine. The reader runs at most {@value #AHEAD} events ahead;
 * a failure on either side stops both.
 */
final class RecordPipe {

    static final int AHEAD = 2_000;
    private static final Object END = new Object();

    private RecordPipe() {
    }

    /** Reads the spool's events into {@code write}, in file order. */
    static void copy(EventImportReader reader, ImportSpool spool, String source, BulkWrite write)
            throws Exception {
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(AHEAD);
        Thread producer = new Thread(() -> produce(reader, spool, source, queue), "import-reader");
        producer.setDaemon(true);
        producer.start();
        try {
            for (Object next = queue.take(); next != END; next = queue.take()) {
                if (next instanceof Exception failure) {
                    throw failure;
                }
                write.add((EventRecord) next);
            }
        } finally {
            producer.interrupt();
            producer.join();
        }
    }

    private static void produce(EventImportReader reader, ImportSpool spool, String source,
            BlockingQueue<Object> queue) {
        try {
            try (InputStream in = spool.open()) {
                reader.scan(in, source, item -> put(queue, item.record()));
            }
            put(queue, END);
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            try {
                put(queue, e);
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void put(BlockingQueue<Object> queue, Object item) throws InterruptedException {
        queue.put(item);
    }
}
