package org.veil.core.dl4j;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A network architecture, described as a Veil value: which layers, how wide, which activation.
 * The input width and the number of classes come from the data at training time; the output is
 * always a softmax layer trained with multi-class cross-entropy. Serialised to JSON with a
 * {@code "type"} field ({@code mlp}, {@code cnn}, {@code convnet}).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = MlpSpec.class, name = "mlp"),
    @JsonSubTypes.Type(value = CnnSpec.class, name = "cnn"),
    @JsonSubTypes.Type(value = ConvNetSpec.class, name = "convnet")
})
public sealed interface NetworkSpec permits MlpSpec, CnnSpec, ConvNetSpec {

    /**
     * Checks that inputs with {@code numFeatures} columns fit this architecture.
     *
     * @throws IllegalArgumentException naming the mismatch
     */
    void checkInputWidth(int numFeatures);
}
