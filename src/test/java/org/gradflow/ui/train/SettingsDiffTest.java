package org.gradflow.ui.train;

import static org.assertj.core.api.Assertions.assertThat;

import org.gradflow.engine.TrainingSettings;
import org.gradflow.model.ClipKind;
import org.gradflow.model.ClipSpec;
import org.gradflow.model.OptimizerKind;
import org.gradflow.model.OptimizerSpec;
import org.junit.jupiter.api.Test;

class SettingsDiffTest {
    private final TrainingSettings base = new TrainingSettings(OptimizerSpec.of(OptimizerKind.SGD, 0.1), ClipSpec.NONE,
            0, 0);

    @Test
    void namesEveryChange() {
        TrainingSettings after = new TrainingSettings(OptimizerSpec.of(OptimizerKind.ADAM, 0.001),
                new ClipSpec(ClipKind.GLOBAL_NORM, 1), 0, 1e-4);
        assertThat(SettingsDiff.describe(base, after)).isEqualTo(
                "optimiser SGD → Adam, learning rate 0.1 → 0.001, clipping off → global norm 1, L2 0 → 0.0001");
        assertThat(SettingsDiff.describe(base, base)).isEqualTo("settings unchanged");
    }

    @Test
    void namesEachOptimiserParameterWithItsValues() {
        TrainingSettings after = new TrainingSettings(new OptimizerSpec(OptimizerKind.SGD, 0.1, 0.5, 0.8, 0.99, 0.95,
                1e-6), ClipSpec.NONE, 0, 0);
        assertThat(SettingsDiff.describe(base, after)).isEqualTo(
                "momentum 0.9 → 0.5, beta 1 0.9 → 0.8, beta 2 0.999 → 0.99, rho 0.9 → 0.95, epsilon 1e-08 → 1e-06");
    }

    @Test
    void numbersInShortForm() {
        assertThat(SettingsDiff.number(0.1)).isEqualTo("0.1");
        assertThat(SettingsDiff.number(3)).isEqualTo("3");
        assertThat(SettingsDiff.number(0.000012)).isEqualTo("1.2e-05");
        assertThat(SettingsDiff.number(1.0 / 3)).isEqualTo("0.333333");
    }
}
