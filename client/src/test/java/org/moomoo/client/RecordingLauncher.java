package org.moomoo.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.moomoo.client.formats.PlayerLauncher;

/**
 * A player launcher that records each command line and the content of the playlist file it names
 * (read at launch, since the file is deleted afterwards); it can also play a player that is not installed.
 */
public final class RecordingLauncher implements PlayerLauncher {

    private final List<List<String>> commands = new ArrayList<>();
    private final List<String> loadedFiles = new ArrayList<>();
    private final boolean installed;

    private RecordingLauncher(boolean installed) {
        this.installed = installed;
    }

    public static RecordingLauncher installed() {
        return new RecordingLauncher(true);
    }

    public static RecordingLauncher notInstalled() {
        return new RecordingLauncher(false);
    }

    @Override
    public int run(List<String> command) throws IOException {
        commands.add(List.copyOf(command));
        if (!installed) {
            throw new IOException("Cannot run program \"" + command.get(0) + "\": error=2, No such file or directory");
        }
        try {
            loadedFiles.add(Files.readString(Path.of(command.get(command.size() - 1))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return 0;
    }

    public List<List<String>> commands() {
        return List.copyOf(commands);
    }

    /** The content of each file a command named, as it was when the player ran. */
    public List<String> loadedFiles() {
        return List.copyOf(loadedFiles);
    }
}
