package org.gradflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.gradflow.engine.tensor.Mat;
import org.gradflow.engine.tensor.Precision;
import org.gradflow.model.ActivationKind;
import org.gradflow.model.InitKind;
import org.gradflow.model.InitSpec;
import org.gradflow.model.InvalidSpecException;
import org.gradflow.model.LayerSpec;
import org.gradflow.model.NetworkSpec;
import org.junit.jupiter.api.Test;

class MemoryBudgetTest {
    @Test
    void estimateCountsParametersWithStatesAndTheBatchBuffers() {
        NetworkSpec spec = NetworkSpec.of(10, List.of(LayerSpec.dense(20, ActivationKind.TANH, InitKind.ZEROS),
                LayerSpec.dense(3, ActivationKind.IDENTITY, InitKind.ZEROS)));
        long params = 10 * 20 + 20 + 20 * 3 + 3;
        long buffers = 5L * 8 * 20 + 5L * 8 * 3 + 8 * 10 + 8 * 3;
        assertThat(MemoryBudget.estimateBytes(spec, 8, Precision.FLOAT32)).isEqualTo(4 * (4 * params + buffers));
        assertThat(MemoryBudget.estimateBytes(spec, 8, Precision.FLOAT64)).isEqualTo(8 * (4 * params + buffers));
    }

    @Test
    void aNetworkTooLargeForMemoryIsRefusedBeforeAnyAllocation() {
        List<LayerSpec> layers = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            layers.add(LayerSpec.dense(65_536, ActivationKind.RELU, InitKind.HE_NORMAL));
        }
        layers.add(LayerSpec.dense(1, ActivationKind.IDENTITY, InitKind.HE_NORMAL));
        NetworkSpec huge = NetworkSpec.of(8, layers);
        var spec = Experiments.deepRegression(8, 1, 8, ActivationKind.RELU, InitSpec.of(InitKind.HE_NORMAL), 1, 32, 0.01, 10)
                .withNetwork(huge);
        long before = Mat.allocationCount();
        assertThatThrownBy(() -> new Trainer(spec, TestData.regression(64, 8, 1, 1), Precision.FLOAT32))
                .isInstanceOf(InvalidSpecException.class)
                .hasMessageContaining("network: needs about")
                .hasMessageContaining("GB")
                .hasMessageContaining("but the limit is");
        assertThat(Mat.allocationCount()).isEqualTo(before);
    }
}
