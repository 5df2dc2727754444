package dev.events.testing;

/** Closes test resources in order, each even when an earlier one fails; null ones are skipped. */
public final class Closer {

    private Closer() {
    }

    /** Closes each in turn; the first failure is thrown once all were tried. */
    public static void closeAll(AutoCloseable... resources) throws Exception {
        Exception first = null;
        for (AutoCloseable resource : resources) {
            try {
                if (resource != null) {
                    resource.close();
                }
            } catch (Exception e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
