package org.moomoo.jobs.worklist;

/**
 * Which share of the files one worker takes ({@code partition=i/n}, 0-based): a file belongs to
 * partition {@code md5(path) mod n}, so n workers on n machines split the library with no overlap
 * and no coordination.
 *
 * @param index which partition, 0 to count - 1
 * @param count how many partitions
 */
public record Partition(int index, int count) {

    /** Every file. */
    public static final Partition ALL = new Partition(0, 1);

    public Partition {
        if (count < 1 || index < 0 || index >= count) {
            throw new IllegalArgumentException("partition " + index + "/" + count
                    + " is out of range; use i/n with 0 <= i < n, e.g. partition=0/4");
        }
    }

    /** Parses {@code i/n}; the message says what is expected. */
    public static Partition parse(String text) {
        String[] parts = text.trim().split("/");
        try {
            if (parts.length != 2) {
                throw new NumberFormatException();
            }
            return new Partition(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "partition=" + text + ": expected i/n with 0 <= i < n, e.g. partition=0/4");
        }
    }

    /** Whether this partition takes the file at {@code relativePath}. */
    public boolean contains(String relativePath) {
        if (count == 1) {
            return true;
        }
        long bucket = Long.parseUnsignedLong(Md5Key.hex(relativePath).substring(0, 15), 16) % count;
        return bucket == index;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
