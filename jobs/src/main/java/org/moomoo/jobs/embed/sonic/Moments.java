package org.moomoo.jobs.embed.sonic;

/**
 * Running mean and standard deviation of a stream of values (Welford's update, in double so that
 * thousands of frames lose no precision). Zero values give a mean and spread of 0.
 */
final class Moments {

    private long count;
    private double mean;
    private double sumOfSquares;

    void add(double value) {
        count++;
        double delta = value - mean;
        mean += delta / count;
        sumOfSquares += delta * (value - mean);
    }

    double mean() {
        return mean;
    }

    /** Population standard deviation. */
    double spread() {
        return count == 0 ? 0 : Math.sqrt(Math.max(0, sumOfSquares / count));
    }

    /** {@code count} empty accumulators, one per dimension of a feature block. */
    static Moments[] block(int count) {
        Moments[] block = new Moments[count];
        for (int i = 0; i < count; i++) {
            block[i] = new Moments();
        }
        return block;
    }
}
