package dev.events.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Reads a password as the first line of an input, into a char array the caller wipes; no String is made. */
final class PasswordInput {

    static final int MAX_LENGTH = 1024;

    private PasswordInput() {
    }

    /** @return the first line without its line end; null when the input is empty or the line too long */
    static char[] readLine(InputStream in) throws IOException {
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
        char[] line = new char[MAX_LENGTH + 1];
        int length = 0;
        int c = reader.read();
        if (c < 0) {
            return null;
        }
        while (c >= 0 && c != '\n' && length <= MAX_LENGTH) {
            line[length++] = (char) c;
            c = reader.read();
        }
        int end = length > 0 && line[length - 1] == '\r' ? length - 1 : length;
        char[] password = length > MAX_LENGTH ? null : Arrays.copyOf(line, end);
        Arrays.fill(line, '\0');
        return password;
    }
}
