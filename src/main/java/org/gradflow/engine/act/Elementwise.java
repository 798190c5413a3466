package org.gradflow.engine.act;

/** The stateless elementwise activations. Formulas are in each class; f' is given through u and a = f(u). */
final class Elementwise {
    private Elementwise() {
    }

    /** f(u) = u. */
    static final class Identity extends Activation {
        @Override public double value(double u) { return u; }
        @Override public double derivative(double u, double a) { return 1; }
        @Override public boolean reportsSaturation() { return false; }

        @Override
        protected void valuesFloat(float[] u, float[] a, int len) {
            System.arraycopy(u, 0, a, 0, len);
        }

        @Override
        protected void derivativesFloat(float[] u, float[] a, float[] dA, float[] dU, int len) {
            System.arraycopy(dA, 0, dU, 0, len);
        }
    }

    /** f(u) = 1 / (1 + e^-u); f' = a (1 - a), at most 1/4. */
    static final class Sigmoid extends Activation {
        @Override public double value(double u) { return Activations.sigmoid(u); }
        @Override public double derivative(double u, double a) { return a * (1 - a); }
        @Override public double maxDerivative() { return 0.25; }
        @Override public boolean reportsSaturation() { return true; }
        @Override protected boolean saturatesOnBothSides() { return true; }
        @Override protected boolean boundedOutput() { return true; }

        /** Through {@link FloatMath#sigmoid}: at most 1 float ulp from the exact value. */
        @Override
        protected void valuesFloat(float[] u, float[] a, int len) {
            for (int i = 0; i < len; i++) {
                a[i] = FloatMath.sigmoid(u[i]);
            }
        }

        @Override
        protected void derivativesFloat(float[] u, float[] a, float[] dA, float[] dU, int len) {
            for (int i = 0; i < len; i++) {
                double y = a[i];
                dU[i] = (float) (dA[i] * (y * (1 - y)));
            }
        }
    }

    /** f(u) = tanh u; f' = 1 - a^2. */
    static final class Tanh extends Activation {
        @Override public double value(double u) { return Activations.tanh(u); }
        @Override public double derivative(double u, double a) { return 1 - a * a; }
        @Override public boolean reportsSaturation() { return true; }
        @Override protected boolean saturatesOnBothSides() { return true; }
        @Override protected boolean boundedOutput() { return true; }

        /** Through {@link FloatMath#tanh}: at most 1 float ulp from the exact value. */
        @Override
        protected void valuesFloat(float[] u, float[] a, int len) {
            for (int i = 0; i < len; i++) {
                a[i] = FloatMath.tanh(u[i]);
            }
        }

        @Override
        protected void derivativesFloat(float[] u, float[] a, float[] dA, float[] dU, int len) {
            for (int i = 0; i < len; i++) {
                double y = a[i];
                dU[i] = (float) (dA[i] * (1 - y * y));
            }
        }
    }

    /** f(u) = max(0, u); f'(0) taken as 0. */
    static final class Relu extends Activation {
        @Override public double value(double u) { return u > 0 ? u : 0; }
        @Override public double derivative(double u, double a) { return u > 0 ? 1 : 0; }
        @Override public boolean reportsSaturation() { return false; }
        @Override public DeadRule deadRule() { return DeadRule.ZERO_OUTPUT; }

        /** max(u, 0), a loop the JIT vectorises; unlike {@link #value} it passes NaN on (the float64 path gives 0). */
        @Override
        protected void valuesFloat(float[] u, float[] a, int len) {
            for (int i = 0; i < len; i++) {
                a[i] = Math.max(u[i], 0f);
            }
        }

        /**
         * dA * f' with f' = 1 when a = max(u, 0) &gt; 0, else 0, written without a branch so the JIT vectorises it:
         * min(1, a 2^149) is 1 for every positive float a (the smallest is 2^-149) and 0 for a = 0.
         */
        @Override
        protected void derivativesFloat(float[] u, float[] a, float[] dA, float[] dU, int len) {
            for (int i = 0; i < len; i++) {
                dU[i] = dA[i] * Math.min(1f, a[i] * 0x1p100f * 0x1p49f);
            }
        }
    }

    /** f(u) = u for u > 0, slope * u otherwise. */
    static final class LeakyRelu extends Activation {
        private final double slope;

        LeakyRelu(double slope) {
            this.slope = slope;
        }

        @Override public double value(double u) { return u > 0 ? u : slope * u; }
        @Override public double derivative(double u, double a) { return u > 0 ? 1 : slope; }
        @Override public boolean reportsSaturation() { return false; }
        @Override public DeadRule deadRule() { return DeadRule.NEGATIVE_INPUT; }
    }

    /** f(u) = u for u > 0, alpha (e^u - 1) otherwise; f' = 1 or a + alpha. */
    static final class Elu extends Activation {
        private final double alpha;

        Elu(double alpha) {
            this.alpha = alpha;
        }

        @Override public double value(double u) { return u > 0 ? u : alpha * Math.expm1(u); }
        @Override public double derivative(double u, double a) { return u > 0 ? 1 : a + alpha; }
        @Override public double maxDerivative() { return Math.max(1, alpha); }
        @Override public boolean reportsSaturation() { return true; }
    }

    /** f(u) = lambda u for u > 0, lambda alpha (e^u - 1) otherwise (Klambauer et al. constants). */
    static final class Selu extends Activation {
        static final double LAMBDA = 1.0507009873554804934193349852946;
        static final double ALPHA = 1.6732632423543772848170429916717;

        @Override public double value(double u) { return u > 0 ? LAMBDA * u : LAMBDA * ALPHA * Math.expm1(u); }
        @Override public double derivative(double u, double a) { return u > 0 ? LAMBDA : a + LAMBDA * ALPHA; }
        @Override public double maxDerivative() { return LAMBDA * ALPHA; }
        @Override public boolean reportsSaturation() { return true; }
    }

    /** GELU, tanh approximation: f(u) = u/2 (1 + tanh(k (u + 0.044715 u^3))), k = sqrt(2/pi). */
    static final class Gelu extends Activation {
        private static final double K = Math.sqrt(2 / Math.PI);
        private static final double C = 0.044715;

        @Override public double value(double u) { return 0.5 * u * (1 + Activations.tanh(K * (u + C * u * u * u))); }

        @Override
        public double derivative(double u, double a) {
            double t = Activations.tanh(K * (u + C * u * u * u));
            return 0.5 * (1 + t) + 0.5 * u * (1 - t * t) * K * (1 + 3 * C * u * u);
        }

        @Override public double maxDerivative() { return 1.1289; }
        @Override public boolean reportsSaturation() { return true; }
    }

    /** f(u) = ln(1 + e^u); f' = sigmoid(u). */
    static final class Softplus extends Activation {
        @Override public double value(double u) { return Math.max(u, 0) + Math.log1p(Math.exp(-Math.abs(u))); }
        @Override public double derivative(double u, double a) { return Activations.sigmoid(u); }
        @Override public boolean reportsSaturation() { return true; }
    }

    /** f(u) = u sigmoid(u); f' = a + sigmoid(u) (1 - a). */
    static final class Swish extends Activation {
        @Override public double value(double u) { return u * Activations.sigmoid(u); }

        @Override
        public double derivative(double u, double a) {
            double s = Activations.sigmoid(u);
            return a + s * (1 - a);
        }

        @Override public double maxDerivative() { return 1.0998; }
        @Override public boolean reportsSaturation() { return true; }
    }

    /** f(u) = u / (1 + |u|); f' = 1 / (1 + |u|)^2. */
    static final class Softsign extends Activation {
        @Override public double value(double u) { return u / (1 + Math.abs(u)); }

        @Override
        public double derivative(double u, double a) {
            double d = 1 + Math.abs(u);
            return 1 / (d * d);
        }

        @Override public boolean reportsSaturation() { return true; }
        @Override protected boolean saturatesOnBothSides() { return true; }
    }
}
