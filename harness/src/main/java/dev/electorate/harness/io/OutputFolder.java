package dev.electorate.harness.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * An output folder checked before any work is done (a folder, or one that can be made, that takes a
 * file), and files written into it whole: a temporary file renamed into place, so a reader, or a run
 * stopped half-way, never leaves half a file.
 */
public final class OutputFolder {

    private OutputFolder() {}

    /**
     * Makes {@code dir} (named by {@code flag}, such as {@code --out}) if needed and proves a file can
     * be written in it; bad input naming the folder and the fix otherwise.
     */
    public static Path prepare(Path dir, String flag) {
        String named = flag + " " + dir;
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new BadInputException(named + " is a file, not a folder; pass a folder (it is made if missing)");
        }
        for (Path up = dir.toAbsolutePath().getParent(); up != null; up = up.getParent()) {
            if (Files.exists(up) && !Files.isDirectory(up)) {
                throw new BadInputException(named + " cannot be made: " + up + " is a file; pass a folder whose"
                        + " parents are folders");
            }
        }
        try {
            Files.createDirectories(dir);
            Path probe = Files.createTempFile(dir, ".electorate-", ".probe");
            Files.delete(probe);
        } catch (FileAlreadyExistsException e) {
            throw new BadInputException(named + " cannot be made: " + e.getFile() + " is a file; pass a folder"
                    + " whose parents are folders");
        } catch (AccessDeniedException e) {
            throw new BadInputException(named + " cannot be written (permission denied on " + e.getFile()
                    + "); pass a folder you can write to");
        } catch (IOException | SecurityException e) {
            throw new BadInputException(named + " cannot be written (" + reason(e) + "); pass a folder you can"
                    + " write to");
        }
        return dir;
    }

    /** Writes {@code text} to {@code target} whole, making its folder if needed. */
    public static Path write(Path target, String text) {
        return write(target, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes {@code bytes} to {@code target} whole, making its folder if needed. */
    public static Path write(Path target, byte[] bytes) {
        Path temporary = target.resolveSibling(target.getFileName() + ".tmp");
        try {
            Path parent = target.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(temporary, bytes);
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // The folder was fine when the command began (prepare); now the disk is full, or it was taken away.
            throw new BadInputException("cannot write " + target + " (" + reason(e) + "); free space or pass another"
                    + " output folder; the files written before it are kept");
        }
        return target;
    }

    /** Writes {@code value} as indented JSON to {@code target} whole. */
    public static Path writeJson(Path target, Object value) {
        try {
            return write(target, Json.PRETTY.writeValueAsBytes(value));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot encode " + target.getFileName() + " as JSON", e);
        }
    }

    private static String reason(Exception e) {
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
