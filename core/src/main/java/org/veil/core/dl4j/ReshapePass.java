package org.veil.core.dl4j;

import org.deeplearning4j.nn.conf.InputPreProcessor;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * One of DL4J's shape-only input pre-processors (flat rows to NCHW images and back), which
 * rearrange each example's values without mixing examples.
 *
 * <p>Not thread-safe (see {@link LayerPass}).
 */
final class ReshapePass implements LayerPass {
    private final String name;
    private final InputPreProcessor processor;
    private long batch;

    ReshapePass(String name, InputPreProcessor processor) {
        this.name = name;
        this.processor = processor;
    }

    @Override
    public INDArray forward(INDArray input) {
        batch = input.size(0);
        return processor.preProcess(input, (int) batch, LayerWorkspaceMgr.noWorkspaces());
    }

    @Override
    public INDArray backward(INDArray epsilon, boolean needInputGradient) {
        return needInputGradient ? processor.backprop(epsilon, (int) batch, LayerWorkspaceMgr.noWorkspaces()) : null;
    }

    @Override
    public String describe() {
        return name;
    }
}
