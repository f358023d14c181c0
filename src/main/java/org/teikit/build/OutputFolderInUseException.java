package org.teikit.build;

import java.io.IOException;
import java.nio.file.Path;

/** Another build, in this process or another, is writing into the same output folder. */
public final class OutputFolderInUseException extends IOException {

    private static final long serialVersionUID = 1L;

    OutputFolderInUseException(Path outDir) {
        super("another teikit build is writing into " + outDir + "; wait for it to finish, or build into "
                + "another folder");
    }
}
