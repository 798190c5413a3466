package org.gradflow.charts;

import java.awt.image.BufferedImage;
import java.util.HashSet;
import java.util.Set;

/** Measures of rendered images for the chart tests. */
final class Images {
    private Images() {
    }

    /** @return number of distinct RGB colours in {@code image} */
    static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                colours.add(image.getRGB(x, y) & 0xFFFFFF);
            }
        }
        return colours.size();
    }

    /** @return share of pixels whose RGB differs from the top-left pixel (the chart background) */
    static double shareNotBackground(BufferedImage image) {
        int background = image.getRGB(0, 0) & 0xFFFFFF;
        long different = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) != background) {
                    different++;
                }
            }
        }
        return (double) different / ((long) image.getWidth() * image.getHeight());
    }

    /** @return number of pixels of exactly the RGB colour {@code rgb} */
    static long count(BufferedImage image, int rgb) {
        long n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == (rgb & 0xFFFFFF)) {
                    n++;
                }
            }
        }
        return n;
    }
}
