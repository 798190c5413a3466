#!/usr/bin/env bash
# The soak run of issue 6 (not part of the test suite): 1,000,000 steps of the 20 x 64 tanh network in
# docs/reliability/soak-20x64.json with every statistic (histograms every 10 steps) through `gradflow run`, printing the
# memory line every 100,000 steps, then timing the reopening of the saved run.
#
#   docs/reliability/run-soak.sh [OUT_DIR] [STEPS]       defaults: /tmp/gradflow-soak 1000000
#
# BUILD_DIR=/tmp/x builds there instead of target/ (to run beside another build of the same tree). About 5-12 minutes
# on a laptop-class core; the output folder receives the usual steps.csv, layers.csv, charts and experiment.json.
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
out="${1:-/tmp/gradflow-soak}"
steps="${2:-1000000}"
build="${BUILD_DIR:-$here/target}"
cp_file="$build/soak.classpath"
(cd "$here" && mvn -B -q -o -Dbuild.dir="$build" -Dmaven.test.skip=true compile dependency:build-classpath \
    -Dmdep.outputFile="$cp_file")
cp="$build/classes:$(cat "$cp_file")"
export OMP_NUM_THREADS="${OMP_NUM_THREADS:-1}"
echo "soak: $(date -u +%FT%TZ), $(uptime)"
start=$(date +%s)
java -Xmx1g -cp "$cp" org.gradflow.Main run "$here/docs/reliability/soak-20x64.json" --steps "$steps" --out "$out" \
    --memory-every "$(( steps / 10 ))" --quiet
echo "soak: trained and saved in $(( $(date +%s) - start )) s; $(ls -l "$out/experiment.json")"
echo "soak: $(uptime)"
