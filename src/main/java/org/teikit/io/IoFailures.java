package org.teikit.io;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * I/O failures in plain words. Java's file exceptions carry only the path as their message
 * ({@code AccessDeniedException: in/a.xml}) and an {@link UncheckedIOException} made from one only
 * the class name before it: neither says to a user what went wrong.
 */
public final class IoFailures {

    private IoFailures() {
    }

    /**
     * What went wrong, in one line.
     *
     * @param e the failure
     * @return for example {@code in/a.xml: permission denied}, or {@code Cannot write the site into
     *         out: out/x: a file of that name is in the way}
     */
    public static String describe(Throwable e) {
        String message = e.getMessage();
        Throwable cause = e.getCause();
        if (e instanceof UncheckedIOException && cause != null) {
            if (message == null || message.equals(cause.toString())) {
                return describe(cause); // made from the cause alone: its message is the class name and more
            }
            if (!message.contains(String.valueOf(cause.getMessage()))) {
                // "Cannot write the site into OUT" says what; the I/O failure under it says why.
                return message + ": " + describe(cause);
            }
        }
        if (e instanceof NoSuchFileException) {
            return message + ": no such file";
        }
        if (e instanceof NotDirectoryException) {
            return message + ": not a folder";
        }
        if (e instanceof AccessDeniedException) {
            return message + ": permission denied";
        }
        if (e instanceof FileAlreadyExistsException) {
            return message + ": a file of that name is in the way";
        }
        return message == null ? e.getClass().getSimpleName() : message;
    }
}
