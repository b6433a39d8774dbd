package org.veil.core.dl4j;

/**
 * Kernel, stride and zero padding of a 2-D convolution, each {height, width}.
 *
 * @param kernel  kernel size
 * @param stride  stride
 * @param padding zero padding on each side
 */
record ConvGeometry(int[] kernel, int[] stride, int[] padding) {
}
